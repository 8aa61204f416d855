namespace Entente.Import.Sipri;

/// <summary>Whole records of a register: SIPRI's broken comments joined back, wrong widths and repeated headers rejected.</summary>
public sealed partial class SipriReading
{
    /// <summary>
    /// Rejoins records that SIPRI broke across lines inside a comment: two short records whose fields add up to
    /// the header's (the break splits one field) are joined; any other wrong field count is rejected. One record of look-ahead.
    /// </summary>
    private IEnumerable<CsvRecord> WholeRecords(int width, int supplierColumn)
    {
        CsvRecord? pending = null;
        using var body = Body().GetEnumerator();
        while (pending is not null || body.MoveNext())
        {
            var record = pending ?? body.Current;
            pending = null;
            if (record.Unterminated)
            {
                Reject(record.Line, "the file ends inside a quoted field: the record is truncated");
                continue;
            }

            if (record.Cells.Count == width)
            {
                if (record[supplierColumn].Trim() == "Supplier")
                {
                    Reject(record.Line, "a second header row inside the records: two exports joined into one file? Import each on its own");
                    continue;
                }

                yield return record;
                continue;
            }

            if (record.Cells.Count < width && body.MoveNext())
            {
                var next = body.Current;
                if (record.Cells.Count + next.Cells.Count - 1 == width && !next.Unterminated)
                {
                    var joined = record.Cells.Take(record.Cells.Count - 1)
                        .Append($"{record.Cells[^1].TrimEnd()} {next.Cells[0].TrimStart()}".Trim())
                        .Concat(next.Cells.Skip(1))
                        .ToList();
                    Listed(_repaired, record.Line, $"record broken across lines {record.Line}–{next.Line} was joined back", ref _repairedUnlisted);
                    yield return new CsvRecord(record.Line, joined);
                    continue;
                }

                pending = next;
            }

            Reject(record.Line, $"{record.Cells.Count} fields where the header has {width}: a missing, extra or shifted column, or a truncated line");
        }
    }
}
