using Entente.Analysis.Datasets;

namespace Entente.Analysis.Panel;

internal sealed partial class PanelBuilder
{
    private static readonly (string Id, string Label, Func<SharedAlliance, bool?> Pick)[] Obligations =
    [
        ("defense", "defence", a => a.Defense),
        ("offense", "offence", a => a.Offense),
        ("neutral", "neutrality", a => a.Neutrality),
        ("nonagg", "non-aggression", a => a.NonAggression),
        ("consul", "consultation", a => a.Consultation),
    ];

    /// <summary>ATOP alliances in force and their obligations; the UNGA ideal-point distance and the ATOP S-score.</summary>
    private void AddSimilarity()
    {
        var rows = _in.Datasets;
        if (rows.AtopYears is { } atopYears)
        {
            var source = rows.Sources.GetValueOrDefault("atop", "ATOP");
            Source(source);
            Row("agreements.atop", "agreements", "ATOP alliances in force", "alliances", source, atopYears, year => Alliances(year, _ => true));
            foreach (var (id, label, pick) in Obligations)
            {
                Row($"agreements.atop.{id}", "agreements", $"  with {label} obligation (ATOP {id})", "alliances", source, atopYears, year => Alliances(year, a => pick(a) == true));
            }
        }
        else
        {
            _absent.Add("ATOP: alliances are not imported (entente import atop), so alliance and S-score rows are missing");
        }

        if (rows.UngaYears is { } ungaYears)
        {
            var source = rows.Sources.GetValueOrDefault("unga", "UNGA ideal points");
            Source(source);
            Row("similarity.ideal-point-distance", "similarity", "UNGA ideal-point distance (interval)", "|Δ ideal point|", source, ungaYears, year =>
                rows.Similarity.FirstOrDefault(s => s.Year == year) is { IdealPointDistance: { } d } s
                    ? PanelCell.Of(year, d, s.DistanceRows) with { Low = s.DistanceLow, High = s.DistanceHigh }
                    : PanelCell.Missing(year));
        }
        else
        {
            _absent.Add("UNGA ideal points are not imported (entente import unga), so the ideal-point distance is missing");
        }

        if (rows.AtopYears is { } years)
        {
            Row("similarity.s-score", "similarity", "Alliance-portfolio S-score (Signorino & Ritter)", "−1…1", rows.Sources.GetValueOrDefault("atop", "ATOP"), years, year =>
                rows.Similarity.FirstOrDefault(s => s.Year == year) is { SScore: { } score } s ? PanelCell.Of(year, score, s.SScoreRows) : PanelCell.Missing(year));
        }
    }

    private PanelCell Alliances(int year, Func<SharedAlliance, bool> match)
    {
        var found = _in.Datasets.Alliances.Where(a => a.InForce(year) && match(a)).ToList();
        return PanelCell.Of(year, found.Count, [.. found.Select(a => a.Key)],
            string.Join("; ", found.Select(a => $"ATOP {a.AtopId} ({string.Join(", ", a.Obligations())})")));
    }
}
