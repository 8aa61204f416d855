using System.Globalization;
using System.Text.RegularExpressions;
using Entente.Actors;
using Entente.ArmsTrade;

namespace Entente.Import.Sipri;

/// <summary>
/// Reads any SIPRI Arms Transfers Database export: finds the release in the preamble, tells the layout from
/// the header row (not the file name), maps every name to an actor, and returns every record read, repaired
/// or rejected with its line. File-level problems throw <see cref="SipriFormatException"/>.
/// </summary>
public sealed partial class SipriReader(ActorRegistry registry)
{
    /// <summary>SIPRI's preamble is a dozen lines; a header further down means this is not a SIPRI export.</summary>
    public const int MaxPreambleRecords = 100;

    /// <summary>SIPRI's longest records are a few hundred characters; a megabyte means binary data or a broken file.</summary>
    public const int MaxRecordChars = 1 << 20;

    public static SipriReader Shipped { get; } = new(ActorRegistry.Shipped);

    /// <summary>
    /// Opens a file for streaming: the preamble and header are read and checked now, the records batch by batch as
    /// <see cref="SipriReading.Batches"/> is enumerated, so memory follows the batch, not the file.
    /// </summary>
    public SipriReading Open(string path)
    {
        var bytes = SipriBytes.Scan(path);
        var text = bytes.Reader(path);
        try
        {
            return Start(path, bytes, text);
        }
        catch
        {
            text.Dispose();
            throw;
        }
    }

    /// <summary>Reads a whole file into memory: for tests and small files; imports stream through <see cref="Open"/>.</summary>
    public SipriFile Read(string path)
    {
        using var reading = Open(path);
        var batches = reading.Batches().ToList();
        var deliveries = batches.SelectMany(b => b.Deliveries).ToList();
        var byDeal = deliveries.ToLookup(d => d.DealKey, StringComparer.Ordinal);
        var deals = batches.SelectMany(b => b.Deals).Select(d => DealDeliveries.Summed(d, [.. byDeal[d.Key]])).ToList();
        return reading.Outcome() with { Deals = deals, Deliveries = deliveries, TableValues = [.. batches.SelectMany(b => b.TableValues)] };
    }

    private SipriReading Start(string path, SipriBytes bytes, TextReader text)
    {
        var records = new CsvRecordReader(text, path).Records().GetEnumerator();
        var preamble = new List<CsvRecord>();
        CsvRecord? header = null;
        while (header is null && records.MoveNext())
        {
            var record = records.Current;
            if (preamble.Count == 0 && string.Join(',', record.Cells).TrimStart().StartsWith('<'))
            {
                throw new SipriFormatException(path, record.Line, "this is an HTML page, not a SIPRI CSV export (a failed or interrupted download?)");
            }

            if (DetectLayout(record) is not null)
            {
                header = record;
            }
            else if (preamble.Count < MaxPreambleRecords)
            {
                preamble.Add(record);
            }
            else
            {
                break;
            }
        }

        if (header is null)
        {
            throw new SipriFormatException(path, 1, $"no SIPRI header row found in the first {MaxPreambleRecords} records: expected a trade register or a TIV table exported from the SIPRI Arms Transfers Database");
        }

        var layout = DetectLayout(header)!.Value;
        var generated = preamble.Select(r => Generated(r[0])).FirstOrDefault(g => g is not null)
            ?? throw new SipriFormatException(path, header.Line, "no 'Data generated:' line before the header: the release cannot be recorded");
        var range = YearRange(preamble);
        var release = new SipriRelease(SipriRelease.IdFor(generated), generated, layout, path, bytes.Sha256)
        {
            FirstYear = range?.First ?? 0,
            LastYear = range?.Last ?? -1,
        };
        return new SipriReading(release, header, records, text, new SipriNames(registry), range is not null);
    }

    /// <summary>Registers by their column names, in any order; TIV tables by their first cells.</summary>
    internal static SipriLayout? DetectLayout(CsvRecord record)
    {
        // A register is known by a column only it has, so a missing column is then reported by name.
        if (record.Cells.Count > 3 && record.Cells.Any(c => c.Trim() == "SIPRI AT Database ID"))
        {
            return SipriLayout.DeliveryRegister;
        }

        if (record.Cells.Count > 3 && record.Cells.Any(c => c.Trim() == "Year of order"))
        {
            return SipriLayout.ClassicRegister;
        }

        return record[0].Trim() switch
        {
            "Exports by" when IsYear(record[1]) => SipriLayout.ExporterTable,
            "Recipient" when IsYear(record[1]) => SipriLayout.ImporterTable,
            "" when record[1].Length == 0 && IsYear(record[2]) => SipriLayout.RegionalTable,
            _ => null,
        };
    }

    private static bool IsYear(string cell) => SipriCells.TryYear(cell, out var year) && year is not null;

    /// <summary>"Data generated: 13 Apr 2024 3:44:54 PM".</summary>
    private static DateTimeOffset? Generated(string cell)
    {
        const string prefix = "Data generated:";
        if (!cell.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        return DateTime.TryParseExact(cell[prefix.Length..].Trim(), ["d MMM yyyy h:mm:ss tt", "d MMM yyyy H:mm:ss", "d MMM yyyy"],
            CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var at)
            ? new DateTimeOffset(at, TimeSpan.Zero)
            : null;
    }

    /// <summary>The year range the export was made for: the title's "year range '1990' to '2023'"; else the data decide.</summary>
    private static (int First, int Last)? YearRange(IEnumerable<CsvRecord> preamble)
    {
        foreach (var record in preamble)
        {
            var match = YearRangePattern().Match(string.Join(',', record.Cells));
            if (match.Success)
            {
                return (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
            }
        }

        return null;
    }

    [GeneratedRegex(@"year range '(\d{4})' to '(\d{4})'")]
    private static partial Regex YearRangePattern();
}
