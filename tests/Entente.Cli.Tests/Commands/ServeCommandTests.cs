using System.Text.RegularExpressions;
using Entente.Cli.Hosting;
using Entente.Testing;
using Spectre.Console.Testing;

namespace Entente.Cli.Tests.Commands;

/// <summary>`entente serve`: loopback by default, the printed address opens the flagship dossier, remote only on request.</summary>
public sealed partial class ServeCommandTests
{
    [Fact]
    public async Task Serve_creates_the_store_prints_the_flagship_dossier_address_and_stops_on_cancel()
    {
        using var dir = new TempDirectory();
        var console = new TestConsole().Width(400);
        var error = new StringWriter();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var run = EntenteApp.RunAsync(["serve", "--port", "0", "--db", dir.File("fresh.db")], new CliEnvironment(console, error, _ => null, AppContext.BaseDirectory), stop.Token);

        var url = await AddressAsync(console, run);
        using var http = new HttpClient();
        var page = await http.GetStringAsync(url, TestContext.Current.CancellationToken);
        await stop.CancelAsync();

        Assert.Equal("127.0.0.1", url.Host);
        Assert.Equal("/dossier/RUS/CHN", url.AbsolutePath);
        Assert.Contains("Vostok 2018", page, StringComparison.Ordinal);
        Assert.Equal(0, await run);
        Assert.Contains("Loaded the shipped case", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Listening_beyond_loopback_needs_allow_remote_and_then_warns_that_there_are_no_accounts()
    {
        using var cli = new CliRun();

        var refused = await cli.RunAsync("serve", "--address", "0.0.0.0", "--port", "0");

        Assert.Equal(ExitCodes.Usage, refused.ExitCode);
        Assert.Contains("--allow-remote", refused.Error, StringComparison.Ordinal);

        var console = new TestConsole().Width(400);
        var error = new StringWriter();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var run = EntenteApp.RunAsync(["serve", "--address", "0.0.0.0", "--allow-remote", "--port", "0", "--db", cli.DbPath], new CliEnvironment(console, error, _ => null, AppContext.BaseDirectory), stop.Token);
        await AddressAsync(console, run);
        await stop.CancelAsync();

        Assert.Equal(0, await run);
        Assert.Contains("WARNING", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("No accounts exist", error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Waits for the line the command prints once the server listens.</summary>
    internal static async Task<Uri> AddressAsync(TestConsole console, Task<int> run)
    {
        for (var i = 0; i < 600; i++)
        {
            if (Address().Match(console.Output) is { Success: true } match)
            {
                return new Uri(match.Groups[1].Value);
            }

            Assert.False(run.IsCompleted, $"serve ended early: {console.Output}");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException("serve printed no address within a minute");
    }

    [GeneratedRegex(@"Entente workbench: (\S+)")]
    private static partial Regex Address();
}
