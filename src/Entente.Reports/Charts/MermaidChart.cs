using System.Globalization;

namespace Entente.Reports.Charts;

/// <summary>The same series as a Mermaid xychart, which GitHub draws in Markdown (it strips inline SVG).</summary>
public static class MermaidChart
{
    public static string Bars(ChartSeries series) => Draw(series, "bar");

    public static string Line(ChartSeries series) => Draw(series, "line");

    private static string Draw(ChartSeries series, string kind)
    {
        var values = series.Values.Select(v => (v ?? 0m).ToString("0.##", CultureInfo.InvariantCulture));
        return string.Join('\n',
            "```mermaid",
            "xychart-beta",
            $"    title \"{Clean(series.Title)}\"",
            $"    x-axis [{string.Join(", ", series.Categories.Select(c => $"\"{Clean(c)}\""))}]",
            $"    y-axis \"{Clean(series.ValueLabel)}\"",
            $"    {kind} [{string.Join(", ", values)}]",
            "```");
    }

    private static string Clean(string text) => text.Replace("\"", "'", StringComparison.Ordinal);
}
