namespace Entente.Ach;

/// <summary>Computes the PARC scores and diagnosticity of a matrix; every ACH figure Entente shows comes from here.</summary>
public static class AchScorer
{
    public static AchResult Score(AchMatrix matrix, bool sensitivity = false)
    {
        var problems = matrix.Problems();
        if (problems.Count > 0)
        {
            throw new AchMatrixException(problems);
        }

        var grid = matrix.Grid();
        var totals = Totals(matrix, grid);
        var order = Ranking(totals);
        var scores = new AchScore[order.Length];
        for (var position = 0; position < order.Length; position++)
        {
            var h = order[position];
            var hypothesis = matrix.Hypotheses[h];
            var (score, maximum, rated) = totals[h];
            scores[position] = new AchScore(hypothesis.Id, hypothesis.Title, score, maximum == 0 ? 0 : score / maximum, rated, position + 1);
        }

        return new AchResult
        {
            Case = matrix.Case,
            Scores = scores,
            Diagnosticity = [.. matrix.Rows.Select((row, r) => Diagnose(row.Item, grid, r, matrix.Hypotheses.Count))],
            Rows = matrix.Rows.Count,
            Sensitivity = sensitivity ? AchSensitivityAnalysis.Analyse(matrix, grid, [.. totals.Select(t => t.Score)]) : null,
        };
    }

    /// <summary>Hypothesis indices from most to least likely: lowest weighted inconsistency first, ties in the matrix's order.</summary>
    public static int[] Ranking(IReadOnlyList<(double Score, double Maximum, int Rated)> totals) =>
        [.. Enumerable.Range(0, totals.Count).OrderBy(h => Math.Round(totals[h].Score, 9)).ThenBy(h => h)];

    /// <summary>The index of the leading hypothesis for the given scores (lowest; the first one on a tie).</summary>
    public static int Leader(ReadOnlySpan<double> scores)
    {
        var best = 0;
        for (var h = 1; h < scores.Length; h++)
        {
            if (scores[h] < scores[best] - 1e-9)
            {
                best = h;
            }
        }

        return best;
    }

    private static (double Score, double Maximum, int Rated)[] Totals(AchMatrix matrix, AchRating[,] grid)
    {
        var totals = new (double Score, double Maximum, int Rated)[matrix.Hypotheses.Count];
        for (var r = 0; r < matrix.Rows.Count; r++)
        {
            var weight = matrix.Rows[r].Weight;
            for (var h = 0; h < totals.Length; h++)
            {
                if (grid[r, h] == AchRating.NA)
                {
                    continue;
                }

                totals[h] = (totals[h].Score + (weight * AchRatings.Inconsistency(grid[r, h])), totals[h].Maximum + (weight * 2), totals[h].Rated + 1);
            }
        }

        return totals;
    }

    private static AchDiagnosticity Diagnose(string item, AchRating[,] grid, int r, int hypotheses)
    {
        int? low = null, high = null;
        for (var h = 0; h < hypotheses; h++)
        {
            if (AchRatings.Position(grid[r, h]) is { } p)
            {
                low = Math.Min(low ?? p, p);
                high = Math.Max(high ?? p, p);
            }
        }

        var spread = high - low ?? 0;
        return new AchDiagnosticity(item, spread, spread > 0);
    }
}
