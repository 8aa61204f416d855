using Entente.ArmsTrade;

namespace Entente.Import.Sipri;

/// <summary>
/// TIV tables: exporters or importers by year, and suppliers to each region by year. A table is a few hundred rows
/// at most, so it is read whole and given as one batch; a row listed twice, a cut before the Total row, or anything
/// after the Total row is rejected.
/// </summary>
public sealed partial class SipriReading
{
    private static readonly string[] AggregateRows = ["Total", "Regional total", "Unknown country"];

    private IEnumerable<SipriBatch> TableBatches()
    {
        var regional = Release.Layout == SipriLayout.RegionalTable;
        var nameColumn = regional ? 1 : 0;
        var years = _header.Cells.Select((cell, index) => (Index: index, Year: SipriCells.TryYear(cell, out var y) && !cell.Contains('-', StringComparison.Ordinal) ? y : null))
            .Where(c => c.Year is not null && c.Index > nameColumn)
            .Select(c => (c.Index, Year: c.Year!.Value))
            .ToList();
        var values = new List<TivTableValue>();
        var rows = new Dictionary<(string? Region, string Name), int>();
        string? region = null;
        int? totalLine = null;
        foreach (var record in Body())
        {
            if (totalLine is { } total)
            {
                Reject(record.Line, $"text after the table's Total row (line {total}): junk appended to the file, or two files joined");
                continue;
            }

            if (record.Unterminated || record.Cells.Count != _header.Cells.Count)
            {
                Reject(record.Line, $"{record.Cells.Count} fields where the header has {_header.Cells.Count}: a truncated, shifted or appended-to line");
                continue;
            }

            if (regional && record[0].Trim().Length > 0)
            {
                region = record[0].Trim();
            }

            var name = record[nameColumn].Trim();
            if (!regional && name.StartsWith("Total", StringComparison.Ordinal))
            {
                totalLine = record.Line;
            }

            var row = ReadRow(record, name, years, aggregate: name.Length == 0 || AggregateRows.Any(a => name.StartsWith(a, StringComparison.Ordinal)));
            if (row.Count == 0 || name.Length == 0 || AggregateRows.Any(a => name.StartsWith(a, StringComparison.Ordinal)))
            {
                continue;
            }

            if (rows.TryGetValue((region, name), out var first))
            {
                Reject(record.Line, $"the row for {name} is listed again (first on line {first}): a duplicate record");
                continue;
            }

            rows[(region, name)] = record.Line;
            if (_names.Resolve(name, record.Line) is { } actor)
            {
                values.AddRange(row.Select(v => v with { Actor = actor, Region = regional ? region : null }));
            }
        }

        if (!regional && totalLine is null && _rowsRead > 0)
        {
            Reject(_header.Line, "the table ends before its Total row: the file was cut short");
        }

        if (years.Count > 0)
        {
            SawYear(years[0].Year);
            SawYear(years[^1].Year);
        }

        // SIPRI may list one actor under two names over time ("Libya" and "Libya GNC"): one actor, one value per year.
        var merged = values.GroupBy(v => (v.Actor, v.Region, v.Year))
            .Select(g => g.Count() == 1 ? g.First() : g.First() with { Tiv = g.All(v => v.Tiv is null) ? null : g.Sum(v => v.Tiv ?? 0) })
            .ToList();
        yield return new SipriBatch { TableValues = merged };
    }

    /// <summary>The row's value in every year of the header; a cell that is not a number rejects the row (totals included).</summary>
    private List<TivTableValue> ReadRow(CsvRecord record, string name, List<(int Index, int Year)> years, bool aggregate)
    {
        var row = new List<TivTableValue>(years.Count);
        foreach (var (index, year) in years)
        {
            if (!SipriCells.TryTiv(record[index], out var tiv))
            {
                Reject(record.Line, $"the {year} value '{record[index]}' for {(name.Length == 0 ? "the unnamed row" : name)} is not a number");
                return [];
            }

            row.Add(new TivTableValue("", year, tiv) { Line = record.Line });
        }

        return aggregate ? [] : row;
    }
}
