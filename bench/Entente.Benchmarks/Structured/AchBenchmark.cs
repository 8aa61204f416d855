using BenchmarkDotNet.Attributes;
using Entente.Ach;

namespace Entente.Benchmarks.Structured;

/// <summary>
/// ACH recompute on a 12-hypothesis × 500-item matrix with random ratings, relevance and credibility (fixed seed):
/// scores and diagnosticity alone (the baseline), and with sensitivity (every removal and every single re-rating).
/// </summary>
[MemoryDiagnoser]
public class AchBenchmark
{
    private AchMatrix _matrix = null!;

    [GlobalSetup]
    public void Setup() => _matrix = Matrix(12, 500, seed: 12);

    [Benchmark(Baseline = true)]
    public AchResult Scores() => AchScorer.Score(_matrix);

    [Benchmark]
    public AchResult ScoresWithSensitivity() => AchScorer.Score(_matrix, sensitivity: true);

    public static AchMatrix Matrix(int hypotheses, int items, int seed)
    {
        var random = new Random(seed);
        var ratings = Enum.GetValues<AchRating>();
        var levels = Enum.GetValues<AchLevel>();
        var ids = Enumerable.Range(1, hypotheses).Select(h => $"h{h}").ToList();
        var rows = Enumerable.Range(1, items).Select(i => new AchRow
        {
            Item = $"e{i}",
            Relevance = levels[random.Next(levels.Length)],
            Credibility = new AchCredibility(levels[random.Next(levels.Length)], "synthetic"),
        }).ToList();
        return new AchMatrix
        {
            Case = "bench",
            Hypotheses = [.. ids.Select(id => new Hypothesis(id, id))],
            Rows = rows,
            Cells = [.. rows.SelectMany(r => ids.Select(h => new AchCell(r.Item, h, ratings[random.Next(ratings.Length)], "synthetic")))],
        };
    }
}
