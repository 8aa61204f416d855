namespace Entente.Reports.Briefs;

/// <summary>What changed between two runs of a brief: new and withdrawn evidence, changed figures, judgements whose support moved.</summary>
public sealed record BriefDiff(
    IReadOnlyList<string> NewEvidence,
    IReadOnlyList<string> WithdrawnEvidence,
    IReadOnlyList<FigureChange> ChangedFigures,
    IReadOnlyList<SupportChange> MovedSupport)
{
    public bool IsEmpty => NewEvidence.Count + WithdrawnEvidence.Count + ChangedFigures.Count + MovedSupport.Count == 0;

    public static BriefDiff Between(Brief old, Brief current)
    {
        var oldItems = Items(old);
        var newItems = Items(current);
        return new BriefDiff(
            [.. newItems.Except(oldItems).Order(StringComparer.Ordinal)],
            [.. oldItems.Except(newItems).Order(StringComparer.Ordinal)],
            [.. Figures(current).Where(f => Figures(old).TryGetValue(f.Key, out var was) && was != f.Value)
                .Select(f => new FigureChange(f.Key, Figures(old)[f.Key], f.Value)).OrderBy(f => f.Figure, StringComparer.Ordinal)],
            [.. Support(current).Where(s => Support(old).TryGetValue(s.Key, out var was) && was != s.Value)
                .Select(s => new SupportChange(s.Key, Support(old)[s.Key], s.Value)).OrderBy(s => s.Judgement, StringComparer.Ordinal)]);
    }

    private static HashSet<string> Items(Brief brief) =>
        [.. brief.Sections.SelectMany(s => s.Paragraphs).Select(p => p.Item), .. brief.KeyJudgements.Select(j => j.Item)];

    /// <summary>Every table cell keyed by table, row key (first column) and column; and every revised claim's newer figure.</summary>
    private static Dictionary<string, string> Figures(Brief brief)
    {
        var figures = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in brief.Sections.SelectMany(s => s.Tables))
        {
            var title = table.Title.Split(" (", 2)[0];
            foreach (var row in table.Rows)
            {
                for (var c = 1; c < row.Count && c < table.Columns.Count; c++)
                {
                    figures.TryAdd($"{title} / {row[0]} / {table.Columns[c]}", row[c]);
                }
            }
        }

        foreach (var claim in brief.Annex.RevisedClaims)
        {
            figures.TryAdd($"claim {claim.Item} / newer figure", $"{claim.Data} ({claim.DataRelease})");
        }

        return figures;
    }

    /// <summary>Each judgement's supporting sources, by id, so renumbered notes do not count as a change.</summary>
    private static Dictionary<string, string> Support(Brief brief)
    {
        var sources = brief.Footnotes.ToDictionary(n => n.Number, n => n.Source);
        return brief.KeyJudgements.ToDictionary(j => j.Item, j => string.Join(", ", j.Notes.Select(n => sources.GetValueOrDefault(n, "?")).Order(StringComparer.Ordinal)));
    }
}

public sealed record FigureChange(string Figure, string Was, string Now);

public sealed record SupportChange(string Judgement, string Was, string Now);
