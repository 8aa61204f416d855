namespace Entente.Cli.Hosting;

/// <summary>
/// Where the event warehouse lives: `--warehouse`, else `ENTENTE_WAREHOUSE`, else `events.duckdb` in the folder of
/// the evidence store (so `--db` or `ENTENTE_DB` moves both together).
/// </summary>
public static class WarehouseLocator
{
    public const string Variable = "ENTENTE_WAREHOUSE";

    public static string Resolve(string? option, string storePath, Func<string, string?> variable)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return option;
        }

        if (variable(Variable) is { Length: > 0 } fromEnvironment)
        {
            return fromEnvironment;
        }

        return Path.Combine(Path.GetDirectoryName(Path.GetFullPath(storePath)) ?? ".", "events.duckdb");
    }
}
