using Entente.Evidence;
using Entente.Sources;
using Spectre.Console;

namespace Entente.Cli;

/// <summary>Evidence items as a table: when, what, who, how many, the analyst's summary, and the citations with grades.</summary>
public static class EvidenceTable
{
    public static Table Create(IReadOnlyList<EvidenceItem> items, IReadOnlyDictionary<string, Source> sources)
    {
        var table = new Table().Border(TableBorder.Rounded).Expand();
        table.AddColumn("Date").AddColumn("Type").AddColumn("Item").AddColumn("Actors").AddColumn("Numbers").AddColumn("Summary").AddColumn("Sources");
        foreach (var item in items)
        {
            table.AddRow(
                Cells.Text(item.Date.ToString()),
                Cells.Text(item.Type),
                Cells.Text(Identity(item)),
                Cells.Text(string.Join(", ", item.Actors.Select(a => $"{a.Actor} ({a.Role})"))),
                Cells.Text(Numbers(item)),
                Cells.Text(item.Summary),
                Cells.Dim(string.Join("; ", item.Sources.Select(c => Citation(c, sources)))));
        }

        return table;
    }

    public static string Identity(EvidenceItem item) =>
        item.Exercise?.Series is { } series ? $"{item.Id}\n{series} {item.Exercise.Edition}".TrimEnd() : item.Id;

    public static string Numbers(EvidenceItem item)
    {
        var parts = item.Quantities.Select(q => $"{q.Measure}{(q.Actor is null ? "" : $" {q.Actor}")}: {q.Describe()}").ToList();
        if (item.Claim is { } claim)
        {
            parts.Add($"{claim.Metric}: {Quantity.BoundPrefix(claim.Bound)}{claim.Value:0.##} {claim.Unit}{(claim.Release is null ? "" : $" ({claim.Dataset}, {claim.Release})")}");
        }

        if (item.Forecast is { } forecast)
        {
            parts.Add($"{forecast.Term ?? forecast.Probability?.ToString("0.##")} by {forecast.Due}");
        }

        return string.Join("; ", parts);
    }

    public static string Citation(Citation citation, IReadOnlyDictionary<string, Source> sources)
    {
        var grade = sources.TryGetValue(citation.Source, out var source) && source.Grade is { } g
            ? $" [{g.Reliability}{citation.Credibility ?? g.Credibility}]"
            : "";
        var locator = citation.Footnote is { } footnote ? $" fn {footnote}" : citation.Page is { } page ? $" p. {page}" : "";
        return $"{citation.Source}{locator}{grade}";
    }
}
