using System.Text.RegularExpressions;
using Entente.Testing;

namespace Entente.Cli.Tests.Process;

/// <summary>The README's two commands stay true: the main command runs and shows the flagship case; CI runs the test command.</summary>
public sealed partial class ReadmeTests
{
    private static readonly IReadOnlyList<string> Commands =
        [.. ShellBlock().Matches(File.ReadAllText(Repository.File("README.md"))).Select(m => m.Groups[1].Value.Trim()).Where(c => c.StartsWith("dotnet ", StringComparison.Ordinal))];

    [Fact]
    public void The_README_opens_with_exactly_two_commands_a_main_job_and_the_tests()
    {
        Assert.True(Commands.Count >= 2, "README lost its commands");
        Assert.StartsWith("dotnet run --project src/Entente.Cli -- ", Commands[0], StringComparison.Ordinal);
        Assert.Equal("dotnet test Entente.slnx", Commands[1]);
    }

    [Fact]
    public void CI_runs_the_README_test_command_verbatim_and_requires_the_shared_data()
    {
        var ci = File.ReadAllLines(Repository.File(".ci", "run"));

        Assert.Contains(Commands[1], ci);
        Assert.Contains(ci, l => l.Contains("ENTENTE_REQUIRE_SHARED_DATA=1", StringComparison.Ordinal));
        Assert.Contains(ci, l => l.Contains("dotnet format", StringComparison.Ordinal) && l.Contains("--verify-no-changes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_main_command_shows_the_flagship_exercises_on_a_fresh_store()
    {
        using var dir = new TempDirectory();
        var args = Commands[0]["dotnet run --project src/Entente.Cli -- ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (args[0] == "serve")
        {
            // The server runs until stopped: read the address it prints, fetch the page, stop it. Port 0 only avoids clashes.
            using var server = EntenteProcess.Start(dir.File("fresh.db"), [.. args, "--port", "0"]);
            try
            {
                var line = await server.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken) ?? "";
                Assert.StartsWith("Entente workbench: http://127.0.0.1:", line, StringComparison.Ordinal);
                using var http = new HttpClient();
                var page = await http.GetStringAsync(line["Entente workbench: ".Length..], TestContext.Current.CancellationToken);
                Assert.Contains("Vostok", page, StringComparison.Ordinal);
                Assert.Contains("Joint Sea", page, StringComparison.Ordinal);
            }
            finally
            {
                server.Kill(entireProcessTree: true);
            }

            return;
        }

        var result = await EntenteProcess.RunAsync(dir.File("fresh.db"), args);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("Loaded the shipped case", result.Error, StringComparison.Ordinal);
        Assert.Contains("Vostok", result.Out, StringComparison.Ordinal);
        Assert.Contains("Joint Sea", result.Out, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"```sh\n([^`]+?)\n```")]
    private static partial Regex ShellBlock();
}
