namespace Entente.Cli.Hosting;

/// <summary>Exit statuses, as a Unix user expects them.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The input was read but rejected: validation errors, a failed import.</summary>
    public const int InvalidInput = 1;

    /// <summary>The command line itself is wrong: unknown option, ambiguous or unknown actor.</summary>
    public const int Usage = 2;

    /// <summary>An id asked for does not exist.</summary>
    public const int NotFound = 3;

    /// <summary>Interrupted (Ctrl+C).</summary>
    public const int Cancelled = 130;
}
