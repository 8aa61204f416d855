using System.Globalization;
using Entente.Web.Pages;

namespace Entente.Web.Charts;

/// <summary>
/// A server-rendered SVG bar chart over years, one or two series side by side, negative values below the axis.
/// Every bar is a link (keyboard-focusable) to what lies behind it, with its value in words for screen readers,
/// and the same figures follow in a data table.
/// </summary>
public static class BarChart
{
    private const double Width = 720, Height = 220, Left = 48, Right = 8, Top = 12, Bottom = 28;

    public static Html Render(string id, string caption, IReadOnlyList<int> years, IReadOnlyList<BarSeries> series)
    {
        if (years.Count == 0)
        {
            return Html.Of($"<p class=\"muted\">{caption}: no years to draw.</p>");
        }

        var values = series.SelectMany(s => s.Values.Values).OfType<double>().ToList();
        var max = Math.Max(0, values.DefaultIfEmpty(0).Max());
        var min = Math.Min(0, values.DefaultIfEmpty(0).Min());
        if (max == min)
        {
            max = min + 1;
        }

        var plotW = Width - Left - Right;
        var plotH = Height - Top - Bottom;
        double Y(double v) => Top + ((max - v) / (max - min) * plotH);
        var slot = plotW / years.Count;
        var barW = Math.Max(1, (slot * 0.8) / series.Count);
        var bars = new List<Html>();
        for (var i = 0; i < years.Count; i++)
        {
            for (var s = 0; s < series.Count; s++)
            {
                if (series[s].Values.GetValueOrDefault(years[i]) is not { } v)
                {
                    continue;
                }

                var x = Left + (i * slot) + (slot * 0.1) + (s * barW);
                var y = Math.Min(Y(v), Y(0));
                var h = Math.Max(v == 0 ? 0 : 1, Math.Abs(Y(v) - Y(0)));
                var label = $"{years[i]}, {series[s].Name}: {v.ToString(series[s].Format, CultureInfo.InvariantCulture)}{series[s].Unit}";
                var rect = Html.Of($"<rect class=\"series-{s}\" x=\"{x:0.##}\" y=\"{y:0.##}\" width=\"{barW:0.##}\" height=\"{h:0.##}\"><title>{label}</title></rect>");
                bars.Add(series[s].Href(years[i]) is { } href ? Html.Of($"<a href=\"{href}\" aria-label=\"{label}\">{rect}</a>") : rect);
            }
        }

        var ticks = new List<Html>();
        foreach (var t in new[] { max, (max + min) / 2, min }.Append(0).Distinct())
        {
            ticks.Add(Html.Of($"<line class=\"grid\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{Y(t):0.##}\" y2=\"{Y(t):0.##}\"/><text x=\"{Left - 4}\" y=\"{Y(t) + 4:0.##}\" text-anchor=\"end\">{t:0.#}</text>"));
        }

        var step = Math.Max(1, (int)Math.Ceiling(years.Count / 12.0));
        var labels = years.Select((year, i) => i % step == 0
            ? Html.Of($"<text x=\"{Left + (i * slot) + (slot / 2):0.##}\" y=\"{Height - 10}\" text-anchor=\"middle\">{year}</text>")
            : Html.Empty);
        var legend = series.Select((s, i) => Html.Of($"<li><span class=\"swatch swatch-{i}\"></span>{s.Name}</li>"));
        return Html.Of($"""
            <figure id="{id}">
            <svg class="chart" viewBox="0 0 {Width} {Height}" role="group" aria-labelledby="{id}-caption">
            {ticks}<line class="axis" x1="{Left}" x2="{Width - Right}" y1="{Y(0):0.##}" y2="{Y(0):0.##}"/>
            {bars}{labels}
            </svg>
            <figcaption id="{id}-caption">{caption}</figcaption>
            <ul class="legend">{legend}</ul>
            {DataTable(caption, years, series)}
            </figure>
            """);
    }

    private static Html DataTable(string caption, IReadOnlyList<int> years, IReadOnlyList<BarSeries> series)
    {
        var head = series.Select(s => Html.Of($"<th class=\"num\" scope=\"col\">{s.Name}</th>"));
        var rows = years.Where(y => series.Any(s => s.Values.GetValueOrDefault(y) is not null)).Select(y => Html.Of($"""
            <tr><th scope="row">{y}</th>{series.Select(s => Html.Of($"<td class=\"num\">{s.Values.GetValueOrDefault(y)?.ToString(s.Format, CultureInfo.InvariantCulture)}</td>"))}</tr>
            """));
        return Html.Of($"<details><summary>Data table: {caption}</summary><table><thead><tr><th scope=\"col\">Year</th>{head}</tr></thead><tbody>{rows}</tbody></table></details>");
    }
}
