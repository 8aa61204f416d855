namespace Entente.Ach;

/// <summary>A case's hypotheses, the evidence rows and the ratings between them. A missing cell counts as NA.</summary>
public sealed record AchMatrix
{
    public required string Case { get; init; }
    public string? Question { get; init; }
    public required IReadOnlyList<Hypothesis> Hypotheses { get; init; }
    public required IReadOnlyList<AchRow> Rows { get; init; }
    public required IReadOnlyList<AchCell> Cells { get; init; }

    /// <summary>Ratings as [row, hypothesis], NA where the matrix has no cell.</summary>
    public AchRating[,] Grid()
    {
        var rowIndex = Rows.Select((r, i) => (r.Item, i)).ToDictionary(p => p.Item, p => p.i, StringComparer.Ordinal);
        var hypothesisIndex = Hypotheses.Select((h, i) => (h.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var grid = new AchRating[Rows.Count, Hypotheses.Count];
        for (var r = 0; r < Rows.Count; r++)
        {
            for (var h = 0; h < Hypotheses.Count; h++)
            {
                grid[r, h] = AchRating.NA;
            }
        }

        foreach (var cell in Cells)
        {
            if (rowIndex.TryGetValue(cell.Item, out var r) && hypothesisIndex.TryGetValue(cell.Hypothesis, out var h))
            {
                grid[r, h] = cell.Rating;
            }
        }

        return grid;
    }

    /// <summary>The problems that make the matrix unscorable, as sentences; empty when it can be scored.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Hypotheses.Count < 2)
        {
            problems.Add($"the matrix of case '{Case}' has {Hypotheses.Count} hypothesis(es); competing hypotheses need at least two");
        }

        problems.AddRange(Hypotheses.GroupBy(h => h.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"hypothesis '{g.Key}' is defined twice"));
        var known = Hypotheses.Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
        var items = Rows.Select(r => r.Item).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(Cells.Where(c => !known.Contains(c.Hypothesis)).Select(c => $"a rating of '{c.Item}' names hypothesis '{c.Hypothesis}', which the matrix does not define"));
        problems.AddRange(Cells.Where(c => !items.Contains(c.Item)).Select(c => $"a rating names item '{c.Item}', which is not a row of the matrix"));
        return problems;
    }

    /// <summary>The matrix restricted to the rows that pass <paramref name="keep"/>.</summary>
    public AchMatrix Where(Func<AchRow, bool> keep)
    {
        var rows = Rows.Where(keep).ToList();
        var items = rows.Select(r => r.Item).ToHashSet(StringComparer.Ordinal);
        return this with { Rows = rows, Cells = [.. Cells.Where(c => items.Contains(c.Item))] };
    }
}
