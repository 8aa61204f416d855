using Entente.Web.Charts;
using Entente.Web.Dossier;

namespace Entente.Web.Pages;

/// <summary>The dossier's curated evidence, event-data and judgement sections.</summary>
public static partial class DossierPage
{
    private static Html Evidence(DossierAnswer d)
    {
        var items = d.Sections.SelectMany(s => s.Items).ToList();
        if (items.Count == 0)
        {
            return Html.Of($"<p class=\"notice\">No curated evidence on {d.A.Name} and {d.B.Name} in the store. The dataset sections above and below still answer; add a bundle with <code>entente import bundle DIR</code>.</p>");
        }

        var from = new DateOnly(items.Min(i => i.Start).Year, 1, 1);
        var to = new DateOnly(items.Max(i => i.End).Year, 12, 31);
        var strip = ItemStrip.Render("sections", $"Curated items of {d.A.Name} and {d.B.Name} by section; each mark opens the item and its footnoted sources.", from, to,
            [.. d.Sections.Select(s => (s.Label, s.Items))]);
        var links = d.Sections.Select(s => Html.Of($"<li><a href=\"{EvidenceHref(d, s.Types)}\">{s.Label}: {s.Items.Count} items in the evidence browser</a></li>"));
        return Html.Of($"{strip}<ul>{links}</ul>");
    }

    private static Html Events(DossierAnswer d)
    {
        if (d.Events is not { } e)
        {
            return Html.Of($"<p class=\"notice\">No event warehouse. Import GDELT or ICEWS files with <code>entente import gdelt FILE</code> or <code>entente import icews FILE</code>.</p>");
        }

        if (e.All.Count == 0)
        {
            return Html.Of($"<p class=\"notice\">The event warehouse holds no events between {d.A.Name} and {d.B.Name}.</p>");
        }

        var years = Enumerable.Range(e.All.Min(p => p.Period.Year), e.All.Max(p => p.Period.Year) - e.All.Min(p => p.Period.Year) + 1).ToList();
        var all = e.All.ToDictionary(p => p.Period.Year);
        var coop = e.MilitaryCooperation.ToDictionary(p => p.Period.Year);
        string Href(int year, string? codes) => $"/api/events/{Layout.U(d.A.Id)}/{Layout.U(d.B.Id)}?by=month&from={year}-01-01&to={year}-12-31{(codes is null ? "" : "&codes=" + codes)}";
        var counts = BarChart.Render("event-counts", "Events between the pair per year (either direction), all CAMEO codes and military cooperation. Each bar leads to the monthly series it sums.", years,
        [
            new BarSeries("All events", years.ToDictionary(y => y, y => (double?)all.GetValueOrDefault(y)?.Events)) { Format = "0", Href = y => Href(y, null) },
            new BarSeries("Military cooperation", years.ToDictionary(y => y, y => (double?)coop.GetValueOrDefault(y)?.Events)) { Format = "0", Href = y => Href(y, "military-cooperation") },
        ]);
        var tone = BarChart.Render("event-tone", "Mean Goldstein score (−10 conflict to +10 cooperation) and mean tone of the pair's events per year.", years,
        [
            new BarSeries("Mean Goldstein", years.ToDictionary(y => y, y => all.GetValueOrDefault(y)?.MeanGoldstein)) { Format = "0.00", Href = y => Href(y, null) },
            new BarSeries("Mean tone", years.ToDictionary(y => y, y => all.GetValueOrDefault(y)?.MeanTone)) { Format = "0.00", Href = y => Href(y, null) },
        ]);
        var datasets = string.Join(", ", e.Datasets.Select(x => $"{x.Value} from {x.Key}"));
        return Html.Of($"<p class=\"muted\">Source: the event warehouse ({datasets}). Years without events are absent, not zero.</p>{counts}{tone}");
    }

    private static Html Judgements(DossierAnswer d)
    {
        if (d.Judgements.Count == 0)
        {
            return Html.Of($"<p class=\"muted\">No judgements or forecasts on this pair in the store.</p>");
        }

        var rows = d.Judgements.Select(j => Html.Of($"""
            <li><a href="/items/{Layout.U(j.Id)}">{j.Statement ?? j.Summary}</a>
            <span class="muted">— estimative term: <strong>{j.Term ?? "none given"}</strong>{(j.Scale is null ? Html.Empty : Html.Of($" ({j.Scale})"))}; confidence: <strong>{j.Confidence ?? "not stated"}</strong>{(j.Due is null ? Html.Empty : Html.Of($"; due {j.Due}"))}</span></li>
            """));
        return Html.Of($"<ol>{rows}</ol>");
    }
}
