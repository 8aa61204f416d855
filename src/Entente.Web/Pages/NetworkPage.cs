using System.Globalization;
using Entente.ArmsTrade;
using Entente.Web.Charts;
using Entente.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Entente.Web.Pages;

/// <summary>
/// Arms flows into a region as a network over five-year windows: suppliers on the left, recipients on the right, edge
/// width by TIV. Above it, Russia's and China's shares of the region's imports per window (MarketShares, as `entente
/// market`) make the shift of Central Asia's suppliers from Russia to China visible (the paper's section 5).
/// </summary>
public static class NetworkPage
{
    private const int WindowYears = 5;

    public static async Task<ContentHttpResult> RenderAsync(string? region, int? window, Workbench workbench, CancellationToken cancellationToken)
    {
        var regionId = region ?? "central-asia";
        if (!Region.Shipped.TryGetValue(regionId, out var found))
        {
            return Layout.Page("Network", "Network", Html.Of($"<p role=\"alert\">Unknown region; known: {string.Join(", ", Region.Shipped.Keys)}.</p>"), StatusCodes.Status400BadRequest);
        }

        if (await workbench.MatrixAsync(null, cancellationToken) is not { } matrix)
        {
            return Layout.Page("Network", "Network", Html.Of($"<p class=\"notice\">No SIPRI trade register is imported; run <code>entente import sipri FILE</code>.</p>"));
        }

        // Windows end on the release's last year and go back to the first year every member existed.
        var firstYear = Math.Max(matrix.Release.FirstYear, 1992);
        var starts = new List<int>();
        for (var start = matrix.Release.LastYear - WindowYears + 1; start >= firstYear; start -= WindowYears)
        {
            starts.Insert(0, start);
        }

        if (starts.Count == 0)
        {
            return Layout.Page("Network", "Network", Html.Of($"<p class=\"notice\">Release {matrix.Release.Id} covers too few years for five-year windows.</p>"));
        }

        var chosen = window is { } w && starts.Contains(w) ? w : starts[^1];
        var shares = starts.ToDictionary(s => s, s => MarketShares.Compute(matrix, [.. found.Members], s, s + WindowYears - 1) ?? []);
        double? Share(int start, string supplier) => (double?)shares[start].FirstOrDefault(m => m.Supplier == supplier)?.Share ?? (shares[start].Count > 0 ? 0 : null);
        string Href(int s) => $"/network?region={Layout.U(regionId)}&window={s}";
        var chart = BarChart.Render("shift", $"Russia's and China's shares of {found.Label}'s arms imports per five-year window (bars labelled by the window's first year), per cent, SIPRI TIV release {matrix.Release.Id}. Each bar opens that window's network.", starts,
        [
            new BarSeries("China", starts.ToDictionary(s => s, s => Share(s, "CHN"))) { Unit = "%", Href = Href },
            new BarSeries("Russia", starts.ToDictionary(s => s, s => Share(s, "RUS"))) { Unit = "%", Href = Href },
        ]);
        var windows = starts.Select(s => Html.Of($"<option value=\"{s}\"{(s == chosen ? Html.Of($" selected") : Html.Empty)}>{s}–{s + WindowYears - 1}</option>"));
        return Layout.Page($"Network: arms flows into {found.Label}", "Network", Html.Of($"""
            <form class="inline" method="get" action="/network" aria-label="Network window">
            <label>Region<select name="region">{Region.Shipped.Values.Select(r => Html.Of($"<option value=\"{r.Id}\"{(r.Id == regionId ? Html.Of($" selected") : Html.Empty)}>{r.Label}</option>"))}</select></label>
            <label>Five-year window<select name="window">{windows}</select></label>
            <button type="submit">Draw</button>
            </form>
            {chart}
            {Graph(matrix, found, chosen, chosen + WindowYears - 1)}
            """));
    }

    private static Html Graph(TradeMatrix matrix, Region region, int from, int to)
    {
        var edges = region.Members.SelectMany(r => matrix.Suppliers(r, from, to).Select(s => (s.Supplier, Recipient: r, s.Tiv))).ToList();
        var suppliers = edges.GroupBy(e => e.Supplier).OrderByDescending(g => g.Sum(e => e.Tiv)).Take(8).Select(g => g.Key).ToList();
        edges = [.. edges.Where(e => suppliers.Contains(e.Supplier))];
        const double width = 720, rowHeight = 34, left = 150, right = 570;
        var height = (Math.Max(suppliers.Count, region.Members.Count) * rowHeight) + 20;
        double Y(int index, int count) => 20 + (index * (height - 40) / Math.Max(1, count - 1));
        var max = edges.Count == 0 ? 1 : (double)edges.Max(e => e.Tiv);
        var lines = edges.Select(e =>
        {
            var (y1, y2) = (Y(suppliers.IndexOf(e.Supplier), suppliers.Count), Y(region.Members.ToList().IndexOf(e.Recipient), region.Members.Count));
            var kind = e.Supplier switch { "RUS" => "rus", "CHN" => "chn", _ => "other" };
            var label = $"{e.Supplier} → {e.Recipient}, {from}–{to}: {e.Tiv.ToString("0.#", CultureInfo.InvariantCulture)} TIV";
            return Html.Of($"<a href=\"/deals/{Layout.U(e.Supplier)}/{Layout.U(e.Recipient)}\" aria-label=\"{label}\"><line class=\"edge edge-{kind}\" x1=\"{left}\" y1=\"{y1:0.#}\" x2=\"{right}\" y2=\"{y2:0.#}\" stroke-width=\"{1 + ((double)e.Tiv / max * 10):0.##}\"><title>{label}</title></line></a>");
        });
        var supplierNodes = suppliers.Select((s, i) => Html.Of($"<circle class=\"node\" cx=\"{left}\" cy=\"{Y(i, suppliers.Count):0.#}\" r=\"5\"/><text x=\"{left - 10}\" y=\"{Y(i, suppliers.Count) + 4:0.#}\" text-anchor=\"end\">{s}</text>"));
        var recipientNodes = region.Members.Select((r, i) => Html.Of($"<circle class=\"node\" cx=\"{right}\" cy=\"{Y(i, region.Members.Count):0.#}\" r=\"5\"/><text x=\"{right + 10}\" y=\"{Y(i, region.Members.Count) + 4:0.#}\">{r}</text>"));
        return Html.Of($"""
            <figure id="network">
            <svg class="chart" viewBox="0 0 {width} {height:0}" role="group" aria-labelledby="network-caption">{lines}{supplierNodes}{recipientNodes}</svg>
            <figcaption id="network-caption">Arms flows into {region.Label}, {from}–{to}: the eight largest suppliers (left) and the recipients (right); line width by SIPRI TIV, red Russia, blue China, grey others. Each line opens the register rows.</figcaption>
            <ul class="legend"><li><span class="swatch swatch-1"></span>Russia</li><li><span class="swatch swatch-0"></span>China</li><li><span class="swatch swatch-2"></span>Others</li></ul>
            </figure>
            """);
    }
}
