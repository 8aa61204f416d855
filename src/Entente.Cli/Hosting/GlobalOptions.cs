using System.CommandLine;

namespace Entente.Cli.Hosting;

/// <summary>Options every command takes.</summary>
public static class GlobalOptions
{
    public static Option<string?> Db { get; } = new("--db")
    {
        Description = $"The evidence store file (default: ${StoreLocator.EvidenceVariable}, else the per-user data folder).",
        Recursive = true,
    };

    public static Option<bool> Csv { get; } = new("--csv")
    {
        Description = "Write CSV to stdout instead of tables (commands that print tables of figures).",
        Recursive = true,
    };

    public static Option<string?> Warehouse { get; } = new("--warehouse")
    {
        Description = $"The event warehouse file (default: ${StoreLocator.WarehouseVariable}, else events.duckdb beside the evidence store).",
        Recursive = true,
    };

    /// <summary>Shows the stack trace of an unexpected failure (also with ENTENTE_DEBUG=1), for a bug report.</summary>
    public static Option<bool> Debug { get; } = new("--debug")
    {
        Description = "On an unexpected failure, also print its stack trace (or set ENTENTE_DEBUG=1).",
        Recursive = true,
    };

    public static Option<bool> Json { get; } = new("--json")
    {
        Description = "Write machine-readable JSON to stdout instead of tables.",
        Recursive = true,
    };
}
