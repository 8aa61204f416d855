namespace Entente.Ach;

/// <summary>Replays a matrix's revisions in order to explain how its conclusion came to be, and what moved it.</summary>
public static class AchHistory
{
    /// <summary>
    /// Replays <paramref name="revisions"/> (oldest first) over the current hypotheses and rows of <paramref name="matrix"/>,
    /// so today's relevance and credibility weigh every step and only the ratings change between steps.
    /// </summary>
    public static IReadOnlyList<AchHistoryStep> Replay(AchMatrix matrix, IReadOnlyList<AchRevision> revisions)
    {
        var cells = new Dictionary<(string Item, string Hypothesis), AchCell>();
        var rows = matrix.Rows.Select(r => r.Item).ToHashSet(StringComparer.Ordinal);
        var steps = new List<AchHistoryStep>();
        foreach (var revision in revisions)
        {
            var before = LeaderOf(matrix, cells.Values);
            var changes = new List<AchChange>();
            var earlier = new Dictionary<(string, string), AchCell>(cells);
            foreach (var cell in revision.Cells.Where(c => rows.Contains(c.Item)))
            {
                var key = (cell.Item, cell.Hypothesis);
                var from = cells.TryGetValue(key, out var old) ? old.Rating : (AchRating?)null;
                cells[key] = cell;
                if (from != cell.Rating)
                {
                    var alone = new Dictionary<(string, string), AchCell>(earlier) { [key] = cell };
                    changes.Add(new AchChange(cell.Item, cell.Hypothesis, from, cell.Rating, cell.Why, before is not null && LeaderOf(matrix, alone.Values) != before));
                }
            }

            steps.Add(new AchHistoryStep(revision, before, LeaderOf(matrix, cells.Values), changes));
        }

        return steps;
    }

    private static string? LeaderOf(AchMatrix matrix, IEnumerable<AchCell> cells)
    {
        var list = cells.ToList();
        return matrix.Hypotheses.Count < 2 || list.Count == 0 ? null : AchScorer.Score(matrix with { Cells = list }).Leader.Hypothesis;
    }
}
