using Spectre.Console;

namespace Entente.Cli.Hosting;

/// <summary>
/// What a command may touch of the outside world: the console for results, a writer for errors,
/// environment variables, and the folder the shipped case bundles sit in. Tests pass their own.
/// </summary>
public sealed record CliEnvironment(IAnsiConsole Out, TextWriter Error, Func<string, string?> Variable, string BaseDirectory)
{
    /// <summary>Whether progress can be drawn on stderr (a terminal), or should be plain lines (a pipe, a log).</summary>
    public bool ErrorIsInteractive { get; init; }

    /// <summary>The console progress is drawn on: stderr by default; tests give a TestConsole.</summary>
    public IAnsiConsole ErrorConsole
    {
        get => _errorConsole ??= AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Error) });
        init => _errorConsole = value;
    }

    private IAnsiConsole? _errorConsole;

    public string CasesDirectory => Path.Combine(BaseDirectory, "cases");

    /// <summary>What this invocation has committed, for an interruption's message.</summary>
    public CommitLog Commits { get; } = new();
}
