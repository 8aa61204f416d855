using Entente.Evidence;

namespace Entente.Import.Csv;

/// <summary>Evidence items as CSV, one row per item, written by the one <see cref="CsvWriter"/> (`export --format csv` and `evidence --csv`).</summary>
public static class EvidenceCsvWriter
{
    private static readonly string[] Header =
        ["id", "type", "date", "date_start", "date_end", "actors", "place", "quantities", "themes", "summary", "sources", "claim", "forecast"];

    public static void Write(TextWriter writer, IEnumerable<EvidenceItem> items)
    {
        CsvWriter.Write(writer, Header, items.Select(Row));
    }

    private static IReadOnlyList<object?> Row(EvidenceItem item) =>
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
}
