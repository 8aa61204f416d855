using Entente.Analysis.Ladder;

namespace Entente.Analysis.Comparison;

/// <summary>
/// An optional summary of the ladders: per pair and year, the weighted share of rungs met, 0–1. A rung no source
/// covers is unknown, so the index is an interval: <see cref="CompositeScore.Low"/> counts it as not met, <see cref="CompositeScore.High"/>
/// as met. <see cref="Sensitivity"/> shows what each weight does to the result; nothing is hidden.
/// </summary>
public sealed record CompositeIndex
{
    public required CompositeWeights Weights { get; init; }
    public IReadOnlyList<CompositeScore> Scores { get; init; } = [];

    /// <summary>Pairs by their mean low score over the period, highest first.</summary>
    public IReadOnlyList<string> Ranking { get; init; } = [];

    public IReadOnlyList<WeightSensitivity> Sensitivity { get; init; } = [];

    public static CompositeIndex Of(IReadOnlyList<AlignmentLadder> ladders, CompositeWeights weights)
    {
        var scores = Score(ladders, weights);
        var ranking = Rank(scores);
        var sensitivity = weights.ByRung.Select(w =>
        {
            var doubled = Score(ladders, weights.With(w.Key, w.Value == 0 ? 1 : w.Value * 2));
            var dropped = Score(ladders, weights.With(w.Key, 0));
            return new WeightSensitivity(w.Key, w.Value, MeanShift(scores, doubled), MeanShift(scores, dropped),
                !Rank(doubled).SequenceEqual(ranking), !Rank(dropped).SequenceEqual(ranking));
        }).ToList();
        return new CompositeIndex { Weights = weights, Scores = scores, Ranking = ranking, Sensitivity = sensitivity };
    }

    private static List<CompositeScore> Score(IReadOnlyList<AlignmentLadder> ladders, CompositeWeights weights) =>
        [.. ladders.SelectMany(ladder => Enumerable.Range(ladder.From, ladder.To - ladder.From + 1).Select(year =>
        {
            double total = 0, met = 0, unknown = 0;
            foreach (var rung in ladder.Rungs)
            {
                var weight = weights.ByRung.GetValueOrDefault(rung.Rung.Id);
                var state = rung.In(year)?.State;
                if (state == RungState.NoState)
                {
                    return new CompositeScore(ladder.Label, year, null, null);
                }

                total += weight;
                met += state == RungState.Met ? weight : 0;
                unknown += state == RungState.Unknown ? weight : 0;
            }

            return total == 0 ? new CompositeScore(ladder.Label, year, null, null)
                : new CompositeScore(ladder.Label, year, Math.Round(met / total, 4), Math.Round((met + unknown) / total, 4));
        }))];

    private static List<string> Rank(IEnumerable<CompositeScore> scores) =>
        [.. scores.GroupBy(s => s.Dyad).OrderByDescending(g => g.Average(s => s.Low ?? 0)).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key)];

    /// <summary>The mean absolute change of the low scores, over every pair and year that has one.</summary>
    private static double MeanShift(List<CompositeScore> before, List<CompositeScore> after)
    {
        var shifts = before.Zip(after).Where(p => p.First.Low is not null).Select(p => Math.Abs(p.Second.Low!.Value - p.First.Low!.Value)).ToList();
        return shifts.Count == 0 ? 0 : Math.Round(shifts.Average(), 4);
    }
}

/// <summary>A pair's index in a year, as an interval over the unknown rungs; null in a year a state did not exist.</summary>
public sealed record CompositeScore(string Dyad, int Year, double? Low, double? High);

/// <summary>What one weight does: the mean change of the index if it were doubled or dropped, and whether the pairs' ranking would change.</summary>
public sealed record WeightSensitivity(string Rung, double Weight, double ShiftIfDoubled, double ShiftIfDropped, bool RankingChangesIfDoubled, bool RankingChangesIfDropped);
