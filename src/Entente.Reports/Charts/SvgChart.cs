using System.Globalization;
using System.Net;
using System.Text;

namespace Entente.Reports.Charts;

/// <summary>
/// A small deterministic SVG writer for bar and line charts: fixed size, invariant numbers, no fonts or scripts from
/// outside, so the same series always gives the same bytes and the chart stays a vector in HTML and PDF.
/// </summary>
public static class SvgChart
{
    private const int Width = 640, Height = 260, Left = 56, Right = 16, Top = 28, Bottom = 44;

    public static string Bars(ChartSeries series) => Draw(series, line: false);

    public static string Line(ChartSeries series) => Draw(series, line: true);

    private static string Draw(ChartSeries series, bool line)
    {
        var values = series.Values.Select(v => v ?? 0m).ToList();
        var min = Math.Min(0m, values.DefaultIfEmpty(0m).Min());
        var max = Math.Max(values.DefaultIfEmpty(0m).Max(), min + 1m);
        var plotW = Width - Left - Right;
        var plotH = Height - Top - Bottom;
        var step = series.Categories.Count == 0 ? plotW : (decimal)plotW / series.Categories.Count;
        decimal Y(decimal v) => Top + (plotH * (max - v) / (max - min));

        var svg = new StringBuilder();
        svg.Append(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\" aria-label=\"{Esc(series.Title)}\">"));
        svg.Append(Inv($"<title>{Esc(series.Title)}</title>"));
        svg.Append(Inv($"<text x=\"{Left}\" y=\"16\" font-size=\"12\" font-family=\"sans-serif\">{Esc(series.ValueLabel)}</text>"));
        foreach (var tick in new[] { min, (min + max) / 2, max })
        {
            svg.Append(Inv($"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{N(Y(tick))}\" y2=\"{N(Y(tick))}\" stroke=\"#ddd\"/>"));
            svg.Append(Inv($"<text x=\"{Left - 4}\" y=\"{N(Y(tick) + 4)}\" font-size=\"10\" font-family=\"sans-serif\" text-anchor=\"end\">{N(tick)}</text>"));
        }

        var points = new List<string>();
        for (var i = 0; i < series.Categories.Count; i++)
        {
            var x = Left + (step * i);
            var labelEvery = Math.Max(1, series.Categories.Count / 12);
            if (i % labelEvery == 0)
            {
                svg.Append(Inv($"<text x=\"{N(x + (step / 2))}\" y=\"{Height - Bottom + 14}\" font-size=\"10\" font-family=\"sans-serif\" text-anchor=\"middle\">{Esc(series.Categories[i])}</text>"));
            }

            if (series.Values[i] is not { } v)
            {
                continue;
            }

            if (line)
            {
                points.Add(Inv($"{N(x + (step / 2))},{N(Y(v))}"));
            }
            else
            {
                var top = Y(Math.Max(v, 0));
                svg.Append(Inv($"<rect x=\"{N(x + (step * 0.15m))}\" y=\"{N(top)}\" width=\"{N(step * 0.7m)}\" height=\"{N(Math.Abs(Y(v) - Y(0)))}\" fill=\"#2b6cb0\"><title>{Esc(series.Categories[i])}: {N(v)}</title></rect>"));
            }
        }

        if (line && points.Count > 0)
        {
            svg.Append(Inv($"<polyline fill=\"none\" stroke=\"#c05621\" stroke-width=\"2\" points=\"{string.Join(' ', points)}\"/>"));
        }

        svg.Append(Inv($"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{N(Y(0))}\" y2=\"{N(Y(0))}\" stroke=\"#333\"/>"));
        svg.Append("</svg>");
        return svg.ToString();
    }

    internal static string N(decimal value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Esc(string text) => WebUtility.HtmlEncode(text);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
