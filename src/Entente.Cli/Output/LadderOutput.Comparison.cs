using System.Globalization;
using Entente.Analysis.Comparison;
using Entente.Analysis.Ladder;
using Entente.Cli.Hosting;

namespace Entente.Cli.Output;

internal static partial class LadderOutput
{
    /// <summary>The pairs side by side: moderate and deep rungs met per year, as counted by the ladder.</summary>
    private static void WriteSideBySide(CommandContext context, DyadComparison comparison, List<int> years)
    {
        var table = new Tabular(["pair (moderate/deep met)", .. years.Select(Short)]);
        foreach (var ladder in comparison.Ladders)
        {
            table.Add([ladder.Label, .. years.Select(y => ladder.Rungs.Any(r => r.In(y)?.State == RungState.NoState)
                ? "–" : $"{ladder.MetIn(y, Stage.Moderate)}/{ladder.MetIn(y, Stage.Deep)}")]);
        }

        context.Out.Write(table.ToTable("Side by side"));
    }

    private static void WriteIndex(CommandContext context, CompositeIndex index, List<int> years)
    {
        var scores = new Tabular(["composite index (low–high)", .. years.Select(Short)]);
        foreach (var dyad in index.Ranking)
        {
            scores.Add([dyad, .. years.Select(y => index.Scores.FirstOrDefault(s => s.Dyad == dyad && s.Year == y) is { Low: { } low, High: { } high }
                ? (low == high ? F(low) : $"{F(low)}–{F(high)}") : "–")]);
        }

        context.Out.Write(scores.ToTable("Composite index: weighted share of rungs met (unknown rungs give the range)"));
        var weights = new Tabular("rung", "weight", "mean shift if doubled", "ranking changes", "mean shift if dropped", "ranking changes");
        foreach (var s in index.Sensitivity)
        {
            weights.Add(s.Rung, F(s.Weight), F(s.ShiftIfDoubled), s.RankingChangesIfDoubled ? "yes" : "no", F(s.ShiftIfDropped), s.RankingChangesIfDropped ? "yes" : "no");
        }

        context.Out.Write(weights.ToTable("Weights and their sensitivity (defaults: moderate 1, deep 2, Entente's choice; change with --weight RUNG=W)"));
    }

    private static string F(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
