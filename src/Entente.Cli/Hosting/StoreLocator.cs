namespace Entente.Cli.Hosting;

/// <summary>
/// Where the evidence store lives: `--db`, else `ENTENTE_DB`, else the platform's per-user data folder
/// (XDG on Linux: `$XDG_DATA_HOME/entente/entente.db`, default `~/.local/share/entente/entente.db`).
/// </summary>
public static class StoreLocator
{
    public const string Variable = "ENTENTE_DB";

    public static string Resolve(string? option, Func<string, string?> variable)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return option;
        }

        if (variable(Variable) is { Length: > 0 } fromEnvironment)
        {
            return fromEnvironment;
        }

        return Path.Combine(DataDirectory(variable), "entente.db");
    }

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
