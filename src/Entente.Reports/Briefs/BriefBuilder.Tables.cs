using System.Globalization;
using Entente.Evidence;
using Entente.Reports.Charts;

namespace Entente.Reports.Briefs;

/// <summary>The tables and charts each theme carries, from the items of the section and the imported datasets.</summary>
public static partial class BriefBuilder
{
    private static List<BriefTable> Tables(string theme, BriefInputs inputs, List<EvidenceItem> items)
    {
        var tables = new List<BriefTable>();
        if (theme == "defence-trade" && inputs.ArmsTrade.Matrix is { } m)
        {
            var (a, b) = (inputs.A.Id, inputs.B.Id);
            var rows = m.Years.Select(y => (IReadOnlyList<string>)[Y(y), Tiv(m.Tiv(a, b, y)), Tiv(m.Tiv(b, a, y))]).ToList();
            tables.Add(new BriefTable($"Arms transfers by year (SIPRI TIV, millions; release {m.Release.Id})",
                ["Year", $"{inputs.A.Name} → {inputs.B.Name}", $"{inputs.B.Name} → {inputs.A.Name}"], rows)
            { Source = Release(m) });
        }

        var deals = items.Where(i => i.Type.StartsWith("arms-deal", StringComparison.Ordinal)).ToList();
        if (deals.Count > 0)
        {
            tables.Add(new BriefTable("Arms deals in the evidence", ["Date", "Kind", "Quantities", "Item"],
                [.. deals.Select(i => (IReadOnlyList<string>)[i.Date.ToString(), i.Type, Quantities(i), i.Id])]));
        }

        var exercises = items.Where(i => i.Exercise is not null).ToList();
        if (exercises.Count > 0)
        {
            tables.Add(new BriefTable("Exercises and patrols", ["Date", "Exercise", "Place", "Participants", "Quantities"],
                [.. exercises.Select(i => (IReadOnlyList<string>)[i.Date.ToString(), ExerciseName(i), PlaceOf(i), string.Join(", ", i.ActorsIn("participant")), Quantities(i)])]));
        }

        var agreements = items.Where(i => i.Agreement is not null).ToList();
        if (agreements.Count > 0)
        {
            tables.Add(new BriefTable("Agreements", ["Date", "Agreement", "Articles", "Item"],
                [.. agreements.Select(i => (IReadOnlyList<string>)[i.Date.ToString(), i.Agreement!.Title ?? i.Id, string.Join(", ", i.Agreement.Articles.Select(x => x.Number)), i.Id])]));
        }

        return tables;
    }

    private static List<BriefChart> Charts(string theme, BriefInputs inputs, List<EvidenceItem> items)
    {
        var charts = new List<BriefChart>();
        if (theme == "defence-trade" && inputs.ArmsTrade.Matrix is { } m)
        {
            var years = m.Years.ToList();
            var series = new ChartSeries($"Arms transfers {inputs.A.Name} → {inputs.B.Name}", "SIPRI TIV (millions)",
                [.. years.Select(Y)], [.. years.Select(y => m.Tiv(inputs.A.Id, inputs.B.Id, y))]);
            charts.Add(new BriefChart("arms-trade-by-year", series.Title, SvgChart.Bars(series), MermaidChart.Bars(series)) { Source = Release(m) });
        }

        if (theme == "exercises")
        {
            var counts = EvidenceCounts.ByStartYear(items.Where(i => i.Exercise is not null || i.Type == "patrol"));
            if (counts.Count > 0)
            {
                var series = new ChartSeries("Exercises and patrols by year", "items in the evidence", [.. counts.Select(c => Y(c.Year))], [.. counts.Select(c => (decimal?)c.Items)]);
                charts.Add(new BriefChart("exercises-by-year", series.Title, SvgChart.Bars(series), MermaidChart.Bars(series)) { Source = "evidence store" });
            }
        }

        if (theme == "military-relations" && inputs.Events.Any(e => e.MeanTone is not null || e.MeanGoldstein is not null))
        {
            var tone = inputs.Events.Any(e => e.MeanTone is not null);
            var series = new ChartSeries($"Event tone {inputs.A.Name}–{inputs.B.Name} by year", tone ? "mean GDELT tone" : "mean Goldstein scale",
                [.. inputs.Events.Select(e => Y(e.Year))], [.. inputs.Events.Select(e => Value(tone ? e.MeanTone : e.MeanGoldstein))]);
            charts.Add(new BriefChart("event-tone-by-year", series.Title, SvgChart.Line(series), MermaidChart.Line(series)) { Source = "event warehouse (undirected dyad)" });
        }

        return charts;
    }

    private static decimal? Value(double? value) => value is { } v ? Math.Round((decimal)v, 2) : null;

    private static string Y(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static string Tiv(decimal? value) => value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : "–";

    private static string Release(Entente.ArmsTrade.TradeMatrix m) => $"SIPRI Arms Transfers Database, release {m.Release.Id} ({m.Release.File})";

    private static string Quantities(EvidenceItem item) => string.Join("; ", item.Quantities.Select(q => $"{q.Describe()} ({q.Measure})"));

    private static string ExerciseName(EvidenceItem item) =>
        string.Join(" ", new[] { item.Exercise!.Series, item.Exercise.Edition }.Where(s => !string.IsNullOrWhiteSpace(s)));

    private static string PlaceOf(EvidenceItem item) =>
        item.Place?.Describe() ?? "";
}
