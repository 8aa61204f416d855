namespace Entente.Cli.Hosting;

/// <summary>A failure to report to the user as one line on stderr with an exit status, not as a stack trace.</summary>
public sealed class CliException(int exitCode, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
