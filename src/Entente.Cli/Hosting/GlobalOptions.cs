using System.CommandLine;

namespace Entente.Cli.Hosting;

/// <summary>Options every command takes.</summary>
public static class GlobalOptions
{
    public static Option<string?> Db { get; } = new("--db")
    {
        Description = $"The evidence store file (default: ${StoreLocator.Variable}, else the per-user data folder).",
        Recursive = true,
    };

    public static Option<bool> Csv { get; } = new("--csv")
    {
        Description = "Write CSV to stdout instead of tables (commands that print tables of figures).",
        Recursive = true,
    };

    public static Option<string?> Warehouse { get; } = new("--warehouse")
    {
        Description = $"The event warehouse file (default: ${WarehouseLocator.Variable}, else events.duckdb beside the evidence store).",
        Recursive = true,
    };

    public static Option<bool> Json { get; } = new("--json")
    {
        Description = "Write machine-readable JSON to stdout instead of tables.",
        Recursive = true,
    };
}
