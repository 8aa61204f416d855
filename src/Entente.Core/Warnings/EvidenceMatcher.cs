using Entente.Evidence;

namespace Entente.Warnings;

/// <summary>Turns evidence items into a rule's observations: the items the rule's match accepts, each with the term it compares.</summary>
public static class EvidenceMatcher
{
    public static IReadOnlyList<Observation> Observe(WatchRule rule, IEnumerable<EvidenceItem> items) =>
        [.. items.Where(i => Matches(rule.Match, i)).Select(i => new Observation(i.Id, i.Date.Start, i.Date.End, Label(i)) { Term = TermOf(rule.Term, i) })];

    public static bool Matches(RuleMatch match, EvidenceItem item) =>
        (match.Types.Count == 0 || match.Types.Any(t => item.Type == t || item.Type.StartsWith(t + ".", StringComparison.Ordinal)))
        && (match.Themes.Count == 0 || match.Themes.Any(item.Themes.Contains))
        && match.Actors.All(a => TakesPart(item, a))
        && (match.Series.Count == 0 || match.Series.Contains(item.Exercise?.Series ?? "", StringComparer.OrdinalIgnoreCase))
        && (match.Text is null || item.Summary.Contains(match.Text, StringComparison.OrdinalIgnoreCase))
        && PreciseEnough(match.Precision, item);

    /// <summary>The value of a term field of an item: where it happened, its series, its type, or who supplied or received.</summary>
    public static string? TermOf(string? term, EvidenceItem item) => term switch
    {
        "theatre" => item.Place is { } p ? p.Sea ?? p.Region ?? p.Name ?? p.Country : null,
        "series" => item.Exercise?.Series,
        "type" => item.Type,
        "supplier" or "recipient" or "host" or "participant" => item.ActorsIn(term).FirstOrDefault(),
        _ => null,
    };

    public static readonly IReadOnlySet<string> Terms = new HashSet<string>(StringComparer.Ordinal) { "theatre", "series", "type", "supplier", "recipient", "host", "participant", "category", "designation" };

    private static bool TakesPart(EvidenceItem item, string actor)
    {
        var colon = actor.IndexOf(':', StringComparison.Ordinal);
        return colon < 0
            ? item.Actors.Any(a => string.Equals(a.Actor, actor, StringComparison.OrdinalIgnoreCase))
            : item.Actors.Any(a => a.Role == actor[..colon] && string.Equals(a.Actor, actor[(colon + 1)..], StringComparison.OrdinalIgnoreCase));
    }

    private static bool PreciseEnough(string? precision, EvidenceItem item)
    {
        var days = item.Date.End.DayNumber - item.Date.Start.DayNumber + 1;
        return precision switch
        {
            "day" => days <= 1,
            "month" => days <= 31,
            "year" => days <= 366,
            _ => true,
        };
    }

    private static string Label(EvidenceItem item) => item.Exercise?.Series is { } series
        ? $"{series} {item.Exercise.Edition ?? item.Date.ToString()}{(item.Place is { } p ? $" ({p.Describe()})" : "")}".Trim()
        : item.Summary.Length <= 90 ? item.Summary : item.Summary[..89] + "…";
}
