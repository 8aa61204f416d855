using Entente.ArmsTrade;

namespace Entente.Import.Sipri;

/// <summary>TIV tables: exporters or importers by year, and suppliers to each region by year.</summary>
public sealed partial class SipriReader
{
    private static readonly string[] AggregateRows = ["Total", "Regional total", "Unknown country"];

    private static SipriFile ReadTable(SipriRelease release, CsvRecord header, List<CsvRecord> body, SipriNames names)
    {
        var regional = release.Layout == SipriLayout.RegionalTable;
        var nameColumn = regional ? 1 : 0;
        var years = header.Cells.Select((cell, index) => (Index: index, Year: SipriCells.TryYear(cell, out var y) && !cell.Contains('-', StringComparison.Ordinal) ? y : null))
            .Where(c => c.Year is not null && c.Index > nameColumn)
            .Select(c => (c.Index, Year: c.Year!.Value))
            .ToList();
        var values = new List<TivTableValue>();
        var rejected = new List<SipriReject>();
        string? region = null;
        foreach (var record in body)
        {
            if (regional && record[0].Trim().Length > 0)
            {
                region = record[0].Trim();
            }

            var name = record[nameColumn].Trim();
            if (name.Length == 0 || AggregateRows.Any(a => name.StartsWith(a, StringComparison.Ordinal)))
            {
                continue;
            }

            if (record.Cells.Count < years[^1].Index + 1)
            {
                rejected.Add(new SipriReject(release.File, record.Line, $"{record.Cells.Count} fields, too few for the {years.Count} years in the header: a truncated or shifted line"));
                continue;
            }

            var actor = names.Resolve(name, record.Line);
            var row = new List<TivTableValue>();
            foreach (var (index, year) in years)
            {
                if (!SipriCells.TryTiv(record[index], out var tiv))
                {
                    rejected.Add(new SipriReject(release.File, record.Line, $"the {year} value '{record[index]}' for {name} is not a number"));
                    continue;
                }

                row.Add(new TivTableValue(actor ?? "", year, tiv) { Region = regional ? region : null, Line = record.Line });
            }

            if (actor is not null)
            {
                values.AddRange(row);
            }
        }

        // SIPRI may list one actor under two names over time ("Libya" and "Libya GNC"): one actor, one value per year.
        var merged = values.GroupBy(v => (v.Actor, v.Region, v.Year))
            .Select(g => g.Count() == 1 ? g.First() : g.First() with { Tiv = g.All(v => v.Tiv is null) ? null : g.Sum(v => v.Tiv ?? 0) })
            .ToList();
        return new SipriFile { Release = release, TableValues = merged, Rejected = rejected };
    }
}
