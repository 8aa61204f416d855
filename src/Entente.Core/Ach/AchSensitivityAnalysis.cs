namespace Entente.Ach;

/// <summary>
/// Sensitivity by incremental rescoring: removing a row or changing one cell shifts only the scores it touches,
/// so each trial costs one pass over the hypotheses rather than a recomputation of the matrix.
/// </summary>
internal static class AchSensitivityAnalysis
{
    public static AchSensitivity Analyse(AchMatrix matrix, AchRating[,] grid, double[] scores)
    {
        var hypotheses = matrix.Hypotheses;
        var leader = AchScorer.Leader(scores);
        var runnerUp = Enumerable.Range(0, scores.Length).Where(h => h != leader).OrderBy(h => scores[h]).ThenBy(h => h).First();
        var trial = new double[scores.Length];
        var removals = new List<AchFlip>();
        var rerates = new List<AchFlip>();
        for (var r = 0; r < matrix.Rows.Count; r++)
        {
            var weight = matrix.Rows[r].Weight;
            for (var h = 0; h < trial.Length; h++)
            {
                trial[h] = scores[h] - (weight * AchRatings.Inconsistency(grid[r, h]));
            }

            if (AchScorer.Leader(trial) is var removed && removed != leader)
            {
                removals.Add(new AchFlip(matrix.Rows[r].Item, hypotheses[removed].Id));
            }

            if (SmallestFlip(matrix, grid, scores, trial, r, leader) is { } flip)
            {
                rerates.Add(flip);
            }
        }

        return new AchSensitivity
        {
            Leader = hypotheses[leader].Id,
            RunnerUp = hypotheses[runnerUp].Id,
            Margin = scores[runnerUp] - scores[leader],
            Removals = removals,
            Rerates = rerates,
        };
    }

    /// <summary>Of every single re-rating in row <paramref name="r"/> that changes the leader, the one moving fewest rating steps.</summary>
    private static AchFlip? SmallestFlip(AchMatrix matrix, AchRating[,] grid, double[] scores, double[] trial, int r, int leader)
    {
        var weight = matrix.Rows[r].Weight;
        AchFlip? best = null;
        var bestSteps = int.MaxValue;
        for (var h = 0; h < scores.Length; h++)
        {
            var current = grid[r, h];
            if (current == AchRating.NA)
            {
                continue;
            }

            foreach (var alternative in AchRatings.Scored)
            {
                var steps = Math.Abs(AchRatings.Position(alternative)!.Value - AchRatings.Position(current)!.Value);
                var delta = AchRatings.Inconsistency(alternative) - AchRatings.Inconsistency(current);
                if (delta == 0 || steps >= bestSteps)
                {
                    continue;
                }

                scores.CopyTo(trial, 0);
                trial[h] += weight * delta;
                if (AchScorer.Leader(trial) is var next && next != leader)
                {
                    best = new AchFlip(matrix.Rows[r].Item, matrix.Hypotheses[next].Id) { Hypothesis = matrix.Hypotheses[h].Id, From = current, To = alternative };
                    bestSteps = steps;
                }
            }
        }

        return best;
    }
}
