namespace Entente.Evidence;

/// <summary>Counts of evidence items over time, the one place briefs, CLI and web take them from.</summary>
public static class EvidenceCounts
{
    /// <summary>Items per year in which they began, every year from the first to the last (years without an item count 0: the store holds none).</summary>
    public static IReadOnlyList<(int Year, int Items)> ByStartYear(IEnumerable<EvidenceItem> items)
    {
        var counts = items.GroupBy(i => i.Date.From.Year).ToDictionary(g => g.Key, g => g.Count());
        if (counts.Count == 0)
        {
            return [];
        }

        return [.. Enumerable.Range(counts.Keys.Min(), counts.Keys.Max() - counts.Keys.Min() + 1).Select(y => (y, counts.GetValueOrDefault(y)))];
    }
}
