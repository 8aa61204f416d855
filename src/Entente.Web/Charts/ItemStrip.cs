using Entente.Web.Dossier;
using Entente.Web.Pages;

namespace Entente.Web.Charts;

/// <summary>
/// Evidence items on a time axis, one band per group (a dossier section or a theme). Honest about precision: an item
/// known to the day is a dot, one known to the month or the year is a bar as long as that month or year, a range spans
/// its range. Every mark links to its item page. Overlapping marks go to separate lanes.
/// </summary>
public static class ItemStrip
{
    private const double Width = 720, Left = 150, Right = 8, Lane = 12, Top = 8, AxisHeight = 24;

    public static Html Render(string id, string caption, DateOnly from, DateOnly to, IReadOnlyList<(string Group, IReadOnlyList<DossierItem> Items)> groups)
    {
        var span = Math.Max(1, to.DayNumber - from.DayNumber + 1);
        double X(DateOnly d) => Left + ((Math.Clamp(d.DayNumber, from.DayNumber, to.DayNumber + 1) - from.DayNumber) / (double)span * (Width - Left - Right));
        var marks = new List<Html>();
        var y = Top;
        foreach (var (group, items) in groups)
        {
            var laneEnds = new List<double>();
            var visible = items.Where(i => i.End >= from && i.Start <= to).OrderBy(i => i.Start).ToList();
            foreach (var item in visible)
            {
                var x0 = X(item.Start);
                var x1 = Math.Max(X(item.End.AddDays(1)), x0 + 3);
                var lane = laneEnds.FindIndex(end => end < x0 - 1);
                if (lane < 0)
                {
                    laneEnds.Add(x1);
                    lane = laneEnds.Count - 1;
                }
                else
                {
                    laneEnds[lane] = x1;
                }

                var cy = y + (lane * Lane) + (Lane / 2);
                var label = $"{item.Date} ({item.Precision} precision): {Short(item.Summary)}";
                var shape = item.Precision == "day" && item.Start == item.End
                    ? Html.Of($"<circle class=\"item\" data-precision=\"day\" cx=\"{x0:0.##}\" cy=\"{cy:0.##}\" r=\"4\"><title>{label}</title></circle>")
                    : Html.Of($"<rect class=\"item-year\" data-precision=\"{item.Precision}\" x=\"{x0:0.##}\" y=\"{cy - 4:0.##}\" width=\"{x1 - x0:0.##}\" height=\"8\"><title>{label}</title></rect>");
                marks.Add(Html.Of($"<a href=\"/items/{Layout.U(item.Id)}\" aria-label=\"{label}\" data-item=\"{item.Id}\">{shape}</a>"));
            }

            var height = Math.Max(1, laneEnds.Count) * Lane;
            marks.Add(Html.Of($"<text x=\"{Left - 6}\" y=\"{y + (height / 2) + 4:0.##}\" text-anchor=\"end\">{group} ({visible.Count})</text><line class=\"grid\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y + height + 2:0.##}\" y2=\"{y + height + 2:0.##}\"/>"));
            y += height + 6;
        }

        var ticks = Ticks(from, to).Select(t => Html.Of($"<line class=\"grid\" x1=\"{X(t):0.##}\" x2=\"{X(t):0.##}\" y1=\"{Top}\" y2=\"{y:0.##}\"/><text x=\"{X(t):0.##}\" y=\"{y + 14:0.##}\" text-anchor=\"middle\">{Label(t, from, to)}</text>"));
        return Html.Of($"""
            <figure id="{id}">
            <svg class="chart" viewBox="0 0 {Width} {y + AxisHeight:0}" role="group" aria-labelledby="{id}-caption" data-from="{from:yyyy-MM-dd}" data-to="{to:yyyy-MM-dd}">
            {ticks}{marks}
            </svg>
            <figcaption id="{id}-caption">{caption} Dots are items dated to the day; bars are items known only to the month or year (drawn as that whole month or year) and date ranges.</figcaption>
            </figure>
            """);
    }

    private static string Short(string text) => text.Length <= 140 ? text : string.Concat(text.AsSpan(0, 137), "…");

    /// <summary>Year ticks over long spans, month ticks over short ones; at most about twelve.</summary>
    private static IEnumerable<DateOnly> Ticks(DateOnly from, DateOnly to)
    {
        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month + 1;
        if (months <= 24)
        {
            var step = Math.Max(1, months / 12);
            for (var d = new DateOnly(from.Year, from.Month, 1); d <= to; d = d.AddMonths(step))
            {
                yield return d;
            }

            yield break;
        }

        var years = Math.Max(1, (to.Year - from.Year + 1) / 12);
        for (var year = from.Year; year <= to.Year; year += years)
        {
            yield return new DateOnly(year, 1, 1);
        }
    }

    private static string Label(DateOnly tick, DateOnly from, DateOnly to) =>
        to.Year - from.Year < 2 ? tick.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture) : tick.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
