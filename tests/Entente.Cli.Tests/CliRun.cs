using Entente.Cli.Hosting;
using Entente.Testing;
using Spectre.Console.Testing;

namespace Entente.Cli.Tests;

/// <summary>Runs `entente` in-process against a store in a temp folder, with Spectre's TestConsole as stdout.</summary>
internal sealed class CliRun : IDisposable
{
    private readonly TempDirectory _dir = new();

    public string DbPath => _dir.File("evidence.db");

    public TempDirectory Dir => _dir;

    public static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", "Bundles", .. parts]);

    public static string SipriFixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Sipri", name);

    /// <summary>When set, stderr counts as a terminal and progress is drawn on this console.</summary>
    public TestConsole? ErrorConsole { get; init; }

    public Task<CliResult> RunAsync(params string[] args) => RunAsync(TestContext.Current.CancellationToken, args);

    public Task<CliResult> RunAsync(CancellationToken cancellationToken, params string[] args) => RunWithStoreAsync(DbPath, ErrorConsole, args, cancellationToken);

    /// <summary>Runs with another store file, for tests of what a bad store does.</summary>
    public static Task<CliResult> RunWithStoreAsync(string db, params string[] args) =>
        RunWithStoreAsync(db, null, args, TestContext.Current.CancellationToken);

    private static async Task<CliResult> RunWithStoreAsync(string db, TestConsole? errorConsole, string[] args, CancellationToken cancellationToken)
    {
        var console = new TestConsole().Width(400);
        var error = new StringWriter();
        var environment = new CliEnvironment(console, error, _ => null, AppContext.BaseDirectory) { ErrorIsInteractive = errorConsole is not null };
        if (errorConsole is not null)
        {
            environment = environment with { ErrorConsole = errorConsole };
        }

        var exit = await EntenteApp.RunAsync([.. args, "--db", db], environment, cancellationToken);
        return new CliResult(exit, console.Output, error.ToString());
    }

    public void Dispose() => _dir.Dispose();
}

internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    public IReadOnlyList<string> OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd()).ToList();
}
