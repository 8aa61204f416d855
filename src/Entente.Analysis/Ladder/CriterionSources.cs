using Entente.Codebooks;
using Entente.Evidence;

namespace Entente.Analysis.Ladder;

/// <summary>
/// What a criterion may ask of each source: its filter keys with the values each accepts (null: any text or a number
/// as noted), and the conditions that make sense for it. Checked when the codebook is read, so a typo fails at its line.
/// </summary>
internal static class CriterionSources
{
    private static readonly string[] Participants = ["bilateral", "multilateral"];

    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, Func<string, string?>>> Filters =
        new Dictionary<string, IReadOnlyDictionary<string, Func<string, string?>>>
        {
            ["evidence"] = new Dictionary<string, Func<string, string?>>
            {
                ["type"] = v => CodebookSet.Shipped.Types.ContainsKey(v) ? null : $"'{v}' is not an evidence type (evidence-types.tsv)",
                ["theme"] = v => CodebookSet.Shipped.Themes.ContainsKey(v) ? null : $"'{v}' is not a theme (themes.tsv)",
                ["domain"] = v => ExerciseDetails.KnownDomains.Contains(v) ? null : $"'{v}' is not an exercise domain ({string.Join(", ", ExerciseDetails.KnownDomains)})",
                ["text"] = v => v.Length > 0 ? null : "an empty text matches everything",
                ["place"] = v => v is "dyad" or "third" ? null : $"place is 'dyad' (in either state) or 'third' (elsewhere), not '{v}'",
                ["participants"] = v => OneOf(v, Participants),
            },
            ["atop"] = new Dictionary<string, Func<string, string?>>
            {
                ["obligation"] = v => OneOf(v, ["defense", "offense", "neutral", "nonagg", "consul"]),
                ["milcon"] = Integer,
                ["intcom"] = Integer,
                ["base"] = Integer,
            },
            ["mme"] = new Dictionary<string, Func<string, string?>> { ["participants"] = v => OneOf(v, Participants) },
            ["sipri"] = new Dictionary<string, Func<string, string?>>
            {
                ["direction"] = v => OneOf(v, ["a>b", "b>a", "either"]),
                ["min-tiv"] = v => decimal.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, out var d) && d >= 0 ? null : $"min-tiv is a number of TIV millions ≥ 0, not '{v}'",
            },
            ["events"] = new Dictionary<string, Func<string, string?>>
            {
                // The panel reads two yearly series; a criterion can ask of either without another warehouse query.
                ["codes"] = v => OneOf(v, ["all", "military-cooperation"]),
                ["min"] = Integer,
            },
        };

    /// <summary>Sources whose rows are in force over a span (evidence from its date on, ATOP while the alliance lasts).</summary>
    public static bool AllowsInForce(string source) => source is "evidence" or "atop";

    private static string? OneOf(string value, string[] allowed) =>
        allowed.Contains(value) ? null : $"'{value}' is not one of {string.Join(", ", allowed)}";

    private static string? Integer(string value) =>
        int.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 0 ? null : $"'{value}' is not a whole number ≥ 0";
}
