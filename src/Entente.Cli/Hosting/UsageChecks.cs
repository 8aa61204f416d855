namespace Entente.Cli.Hosting;

/// <summary>Option values that parse but make no sense, refused as usage errors (exit 2) the same way in every command.</summary>
public static class UsageChecks
{
    /// <summary>`--from` after `--to` is a mistake, not an empty answer.</summary>
    public static void Period<T>(T? from, T? to, string fromName = "--from", string toName = "--to")
        where T : struct, IComparable<T>
    {
        if (from is { } f && to is { } t && f.CompareTo(t) > 0)
        {
            throw new CliException(ExitCodes.Usage, $"{fromName} {f} is after {toName} {t}");
        }
    }

    /// <summary>A count such as `--top` or `--limit` must be at least <paramref name="minimum"/>.</summary>
    public static int AtLeast(int value, int minimum, string name)
    {
        if (value < minimum)
        {
            throw new CliException(ExitCodes.Usage, $"{name} must be at least {minimum}, not {value}");
        }

        return value;
    }

    /// <summary>A value that must be one of a known set (`--kind`, `--format`), with the set in the message.</summary>
    public static string OneOf(string value, IReadOnlyCollection<string> known, string name)
    {
        if (!known.Contains(value))
        {
            throw new CliException(ExitCodes.Usage, $"unknown {name} '{value}'; known: {string.Join(", ", known)}");
        }

        return value;
    }
}
