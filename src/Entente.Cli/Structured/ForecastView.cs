using System.Globalization;
using Entente.Cli.Hosting;
using Entente.Forecasting;
using Spectre.Console;

namespace Entente.Cli.Structured;

/// <summary>Formats forecasts and their scoreboard; every figure comes from <see cref="ForecastScoring"/>.</summary>
public static class ForecastView
{
    public static Tabular List(IReadOnlyList<Forecast> forecasts, DateOnly today)
    {
        var rows = new Tabular("Id", "Topic", "Author", "Statement", "Probability", "Term", "Confidence", "Updates", "Due", "Status", "Evidence");
        foreach (var f in forecasts)
        {
            var current = f.Updates.Count == 0 ? null : f.Current;
            var status = f.Resolution is { } r ? $"resolved {f.Categories[r.Outcome]} on {r.On:yyyy-MM-dd}" : f.IsPastDue(today) ? "past due" : "open";
            rows.Add(f.Id, f.Topic, f.Author, Display.Shorten(f.Statement, 80), current is null ? "" : Probabilities(f, current), current?.Term is { } t ? $"{f.Scale}: {t}" : "",
                f.Confidence, f.Updates.Count.ToString(CultureInfo.InvariantCulture), f.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), status,
                f.Resolution is { } res ? string.Join(" ", res.Evidence) : "");
        }

        return rows;
    }

    public static void WriteScores(CommandContext context, ForecastScoreboard board)
    {
        var scores = new Tabular("Forecast", "Author", "Topic", "Kind", "Resolved", "Brier (own convention)", "Brier daily average (0–2)");
        foreach (var s in board.Scores)
        {
            scores.Add(s.Id, s.Author, s.Topic, s.Kind.ToString(), s.ResolvedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), N(s.Final), N(s.DailyAverage));
        }

        context.Out.Write(scores.ToTable($"Resolved forecasts: {board.Scores.Count} ({board.Open} open, {board.PastDue} past due)"));
        Groups(context, board.Groups, $"By {board.GroupedBy}");
        Groups(context, board.ByYear, "By year of resolution");
        if (board.Decomposition is not { } d)
        {
            context.Note("No resolved forecast yet: calibration needs outcomes.");
            return;
        }

        var calibration = new Tabular("Bin", "Forecasts", "Mean probability", "Observed frequency");
        foreach (var bin in d.Bins)
        {
            calibration.Add($"{bin.From:0.0}–{bin.To:0.0}", bin.Count.ToString(CultureInfo.InvariantCulture), N(bin.MeanForecast), N(bin.ObservedFrequency));
        }

        context.Out.Write(calibration.ToTable("Calibration (binary outcomes; categorical forecasts count once per category)"));
        context.Out.WriteLine($"Brier {N(d.Brier)} over {d.Count} binary outcomes (base rate {N(d.BaseRate)}): reliability {N(d.Reliability)} − resolution {N(d.Resolution)} + uncertainty {N(d.Uncertainty)} = {N(d.BinnedBrier)} with bin means; within-bin variance {N(d.WithinBinVariance)}, covariance {N(d.WithinBinCovariance)}.");
        context.Out.WriteLine(d.Discrimination is { } disc ? $"Discrimination: mean probability when it happened minus when it did not = {N(disc)}." : "Discrimination: needs outcomes of both kinds.");
    }

    private static void Groups(CommandContext context, IReadOnlyList<ScoreGroup> groups, string title)
    {
        var table = new Tabular("Group", "Resolved", "Mean Brier (own convention)", "Mean daily average (0–2)");
        foreach (var g in groups)
        {
            table.Add(g.Group, g.Count.ToString(CultureInfo.InvariantCulture), N(g.MeanFinal), N(g.MeanDailyAverage));
        }

        context.Out.Write(table.ToTable(title));
    }

    private static string Probabilities(Forecast f, ForecastUpdate u) => f.Kind == ForecastKind.Binary
        ? N(u.Probabilities[0])
        : string.Join(" ", f.Categories.Zip(u.Probabilities, (c, p) => $"{c} {N(p)}"));

    private static string N(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
