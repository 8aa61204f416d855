namespace Entente.Import.Bundle;

/// <summary>Record ids are slugs: ASCII letters, digits, '-', '.' and ':', starting with a letter or digit; they appear in URLs, file names and commands.</summary>
public static class RecordIds
{
    public const int MaxLength = 200;

    public static bool IsSlug(string id) =>
        id.Length is > 0 and <= MaxLength && char.IsAsciiLetterOrDigit(id[0]) && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or ':');

    public static string Problem(string what, string id) =>
        $"{what} id '{Shown(id)}' is not a slug: use ASCII letters, digits, '-', '.' and ':' (starting with a letter or digit, at most {MaxLength} characters)";

    private static string Shown(string id)
    {
        var printable = new string([.. id.Select(c => char.IsControl(c) ? '\uFFFD' : c)]);
        return printable.Length > 60 ? printable[..60] + "…" : printable;
    }
}
