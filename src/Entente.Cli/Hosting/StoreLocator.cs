namespace Entente.Cli.Hosting;

/// <summary>
/// Where Entente's files live. The evidence store: `--db`, else `ENTENTE_DB`, else the platform's per-user data folder
/// (XDG on Linux: `$XDG_DATA_HOME/entente/entente.db`, default `~/.local/share/entente/entente.db`). The event warehouse:
/// `--warehouse`, else `ENTENTE_WAREHOUSE`, else `events.duckdb` beside the evidence store (so `--db` moves both together).
/// </summary>
public static class StoreLocator
{
    public const string EvidenceVariable = "ENTENTE_DB";

    public const string WarehouseVariable = "ENTENTE_WAREHOUSE";

    public static string EvidenceStore(string? option, Func<string, string?> variable) =>
        FromOptionOrVariable(option, variable, EvidenceVariable) ?? Path.Combine(DataDirectory(variable), "entente.db");

    public static string Warehouse(string? option, string evidenceStore, Func<string, string?> variable) =>
        FromOptionOrVariable(option, variable, WarehouseVariable)
        ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(evidenceStore)) ?? ".", "events.duckdb");

    private static string? FromOptionOrVariable(string? option, Func<string, string?> variable, string name) =>
        !string.IsNullOrWhiteSpace(option) ? option
        : variable(name) is { Length: > 0 } fromEnvironment ? fromEnvironment
        : null;

    private static string DataDirectory(Func<string, string?> variable)
    {
        if (OperatingSystem.IsWindows())
        {
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "Entente");
        }

        var home = variable("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsMacOS())
        {
            return Path.Combine(home, "Library", "Application Support", "Entente");
        }

        var xdg = variable("XDG_DATA_HOME");
        return Path.Combine(string.IsNullOrEmpty(xdg) || !Path.IsPathRooted(xdg) ? Path.Combine(home, ".local", "share") : xdg, "entente");
    }
}
