using System.Text.RegularExpressions;

namespace Entente.Reports.Lint;

/// <summary>Splits prose into sentences so that a finding can quote the one at fault.</summary>
public static partial class Sentences
{
    public static IEnumerable<string> Of(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : Boundary().Split(text.Trim()).Select(s => s.Trim()).Where(s => s.Length > 0);

    /// <summary>The first sentence of <paramref name="text"/> that matches, or null.</summary>
    public static string? Matching(string? text, Regex pattern) => Of(text).FirstOrDefault(pattern.IsMatch);

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z('""‘“])")]
    private static partial Regex Boundary();
}
