using System.Globalization;
using System.Security.Cryptography;
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
    public static SipriReader Shipped { get; } = new(ActorRegistry.Shipped);

    public SipriFile Read(string path) => Read(path, File.ReadAllBytes(path));

    public SipriFile Read(string path, byte[] bytes)
    {
        var (text, _) = SipriText.Decode(path, bytes);
        if (text.TrimStart().StartsWith('<'))
        {
            throw new SipriFormatException(path, 1, "this is an HTML page, not a SIPRI CSV export (a failed or interrupted download?)");
        }

        var records = CsvRecords.Read(text).ToList();
        var header = records.FindIndex(r => DetectLayout(r) is not null);
        if (header < 0)
        {
            throw new SipriFormatException(path, 1, "no SIPRI header row found: expected a trade register or a TIV table exported from the SIPRI Arms Transfers Database");
        }

        var layout = DetectLayout(records[header])!.Value;
        var generated = records.Take(header).Select(r => Generated(r[0])).FirstOrDefault(g => g is not null)
            ?? throw new SipriFormatException(path, records[header].Line, "no 'Data generated:' line before the header: the release cannot be recorded");
        var release = new SipriRelease(SipriRelease.IdFor(generated), generated, layout, path, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        var names = new SipriNames(registry);
        var body = records.Skip(header + 1).Where(r => !IsBlank(r)).ToList();
        var file = layout switch
        {
            SipriLayout.ClassicRegister => ReadClassic(release, records[header], body, names),
            SipriLayout.DeliveryRegister => ReadDeliveries(release, records[header], body, names),
            _ => ReadTable(release, records[header], body, names),
        };
        names.ThrowIfUnknown(path);
        var range = YearRange(records.Take(header), file);
        return file with { Release = release with { FirstYear = range.First, LastYear = range.Last }, RowsRead = body.Count };
    }

    private static SipriLayout? DetectLayout(CsvRecord record) => record[0].Trim() switch
    {
        "SIPRI AT Database ID" when record[1] == "Supplier" => SipriLayout.DeliveryRegister,
        "Recipient" when record[1] == "Supplier" && record[2] == "Year of order" => SipriLayout.ClassicRegister,
        "Exports by" when IsYear(record[1]) => SipriLayout.ExporterTable,
        "Recipient" when IsYear(record[1]) => SipriLayout.ImporterTable,
        "" when record[1].Length == 0 && IsYear(record[2]) => SipriLayout.RegionalTable,
        _ => null,
    };

    private static bool IsYear(string cell) => SipriCells.TryYear(cell, out var year) && year is not null;

    private static bool IsBlank(CsvRecord record) => record.Cells.All(c => c.Trim().Length == 0);

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

    /// <summary>The year range the export was made for: the title's "year range '1990' to '2023'", else the table's years.</summary>
    private static (int First, int Last) YearRange(IEnumerable<CsvRecord> preamble, SipriFile file)
    {
        foreach (var record in preamble)
        {
            var match = YearRangePattern().Match(string.Join(',', record.Cells));
            if (match.Success)
            {
                return (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
            }
        }

        var years = file.TableValues.Select(v => v.Year).Concat(file.Deliveries.Select(d => d.Year)).ToList();
        return years.Count == 0 ? (0, -1) : (years.Min(), years.Max());
    }

    [GeneratedRegex(@"year range '(\d{4})' to '(\d{4})'")]
    private static partial Regex YearRangePattern();
}
