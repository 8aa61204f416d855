using System.Text;
using Entente.Evidence;

namespace Entente.Import.Csv;

/// <summary>
/// Evidence items as RFC 4180 CSV, one row per item. A cell that a spreadsheet would run as a formula
/// (starting with = + - @) is prefixed with an apostrophe: text from sources must not execute.
/// </summary>
public static class EvidenceCsvWriter
{
    private static readonly string[] Header =
        ["id", "type", "date", "date_start", "date_end", "actors", "place", "quantities", "themes", "summary", "sources", "claim", "forecast"];

    public static void Write(TextWriter writer, IEnumerable<EvidenceItem> items)
    {
        writer.Write(string.Join(',', Header) + "\r\n");
        foreach (var item in items)
        {
            string?[] cells =
            [
                item.Id, item.Type, item.Date.ToString(), item.Date.Start.ToString("yyyy-MM-dd"), item.Date.End.ToString("yyyy-MM-dd"),
                string.Join("; ", item.Actors.Select(a => $"{a.Actor}:{a.Role}")),
                item.Place?.Describe(),
                string.Join("; ", item.Quantities.Select(q => $"{q.Measure}={q.Describe()}")),
                string.Join("; ", item.Themes),
                item.Summary,
                string.Join("; ", item.Sources.Select(c => c.Footnote is { } n ? $"{c.Source}#fn{n}" : c.Source)),
                item.Claim is { } c ? $"{c.Metric} {c.Period} {Quantity.BoundPrefix(c.Bound)}{c.Value} {c.Unit} [{c.Dataset} {c.Release}]" : null,
                item.Forecast is { } f ? $"{f.Term ?? f.Probability?.ToString()} by {f.Due}: {f.Statement}" : null,
            ];
            writer.Write(string.Join(',', cells.Select(Escape)) + "\r\n");
        }
    }

    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var text = value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        if (text.IndexOfAny([',', '"', '\n', '\r']) < 0)
        {
            return text;
        }

        return new StringBuilder("\"").Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString();
    }
}
