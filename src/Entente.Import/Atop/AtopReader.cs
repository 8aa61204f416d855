using System.Globalization;
using Entente.Actors;
using Entente.Alliances;
using Entente.Datasets;
using Entente.Import.Datasets;

namespace Entente.Import.Atop;

/// <summary>
/// Reads ATOP's alliance-level and member-level CSV files (4.01; 5.x headers too), telling the two apart by their
/// columns. Every obligation and condition variable is kept. Rows with unknown member codes, impossible dates or
/// non-numeric codes are returned as rejects with their line; a file that is not ATOP throws.
/// </summary>
public sealed partial class AtopReader(ActorRegistry registry)
{
    public const string Provider = "ATOP project (Leeds et al.)";

    public const string Citation = "Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell, and Andrew G. Long. 2002. "
        + "\"Alliance Treaty Obligations and Provisions, 1815-1944.\" International Interactions 28: 237-260.";

    private static readonly string[] Obligations = [.. AtopObligationNames.All.Select(o => o.Variable())];

    private readonly HashSet<int> _cowCodes = [.. registry.Actors.SelectMany(a => a.CodesIn(CodeScheme.CowNumber))
        .Select(c => int.TryParse(c.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1)];

    public static AtopReader Shipped { get; } = new(ActorRegistry.Shipped);

    public AtopFile Read(string path) => Read(path, File.ReadAllBytes(path));

    public AtopFile Read(string path, byte[] bytes)
    {
        var records = DatasetCsv.Read(path, bytes);
        if (records.Count == 0)
        {
            throw new DatasetFormatException(path, 1, "the file is empty: expected an ATOP alliance-level or member-level CSV file");
        }

        var columns = new AtopColumns(records[0].Cells);
        var layout = columns.Has("member") ? AtopFile.MemberLayout : columns.Has("begyr") ? AtopFile.AllianceLayout : null;
        string[] required = layout == AtopFile.MemberLayout ? ["atopid", "member", "yrent", .. Obligations] : ["atopid", "begyr", .. Obligations];
        var missing = required.Where(c => !columns.Has(c)).ToList();
        if (layout is null || missing.Count > 0)
        {
            throw new DatasetFormatException(path, records[0].Line, layout is null
                ? "not an ATOP file: the header has neither 'member' (member-level) nor 'begyr' (alliance-level)"
                : $"not a complete ATOP {layout}-level header: missing {string.Join(", ", missing)}");
        }

        var rows = records.Skip(1).ToList();
        var rejects = new List<DatasetReject>();
        var alliances = new List<AtopAlliance>();
        var memberships = new List<AtopMembership>();
        foreach (var row in rows)
        {
            var cells = new AtopRow(path, row, columns);
            if (layout == AtopFile.MemberLayout)
            {
                Add(ReadMembership(cells), memberships, rejects);
            }
            else
            {
                Add(ReadAlliance(cells, alliances), alliances, rejects);
            }
        }

        var years = alliances.SelectMany(a => new[] { a.Begins?.Year, a.Ends?.Year })
            .Concat(memberships.SelectMany(m => new[] { (int?)m.Entered.Year, m.Exited?.Year })).OfType<int>().ToList();
        var file = new DatasetFile(DatasetNames.Atop, Provider, Version(rows, columns), layout, path, DatasetCells.Sha256(bytes))
        {
            RowsRead = rows.Count,
            RowsRejected = rejects.Count,
            FirstYear = years.Count > 0 ? years.Min() : null,
            LastYear = years.Count > 0 ? years.Max() : null,
            Citation = Citation,
        };
        return new AtopFile(file, alliances, memberships, rejects);
    }

    private static void Add<T>((T? Record, DatasetReject? Reject) read, List<T> records, List<DatasetReject> rejects)
    {
        if (read.Reject is not null)
        {
            rejects.Add(read.Reject);
        }
        else if (read.Record is not null)
        {
            records.Add(read.Record);
        }
    }

    /// <summary>The release from the version column (4.01 is stored as 4.0100002 in the alliance file), else "unrecorded".</summary>
    private static string Version(IEnumerable<Sipri.CsvRecord> rows, AtopColumns columns) =>
        columns.IndexOf("version") is { } i && rows.Select(r => r[i].Trim()).FirstOrDefault(v => v.Length > 0) is { } cell
            && decimal.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var version)
            ? Math.Round(version, 2).ToString("0.00", CultureInfo.InvariantCulture)
            : "unrecorded";
}
