using Entente.Cameo;
using Entente.Events;
using Entente.Import.Events;
using Entente.Import.Gdelt;
using nietras.SeparatedValues;

namespace Entente.Import.Icews;

/// <summary>
/// Reads ICEWS event files (Dataverse `.tab`: tab-separated, a header row, "NA" for missing) with Sep into the same
/// event batches as GDELT. Columns are found by header name. Country names ("Russian Federation") resolve through the
/// actor registry to canonical ids and CAMEO country codes, so ICEWS and GDELT rows answer the same dyad queries.
/// </summary>
public sealed class IcewsEventReader(CameoActorMap actors) : IEventReader
{
    public static IReadOnlyList<string> Required { get; } =
    [
        "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code", "Intensity",
        "Target Name", "Target Sectors", "Target Country", "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude",
    ];

    public string Table => "icews events";

    public IReadOnlyList<string> Datasets { get; } = [IcewsDataset.Name];

    private readonly ActorIdCache _ids = new(actors.FromCountryName);
    private readonly ActorIdCache _cameo = new(name => actors.CountryCodeOf(actors.FromCountryName(name)));
    private readonly ActorIdCache _fips = new(name => actors.FipsOf(actors.FromCountryName(name)));

    public EventReadSummary Read(Stream stream, IEventSink sink, CancellationToken cancellationToken = default)
    {
        using var reader = GdeltEventReader.Options.From(stream);
        var summary = new EventReadSummary { Layout = "ICEWS events (.tab, 20 columns)", Dataset = IcewsDataset.Name };
        if (!reader.MoveNext())
        {
            return summary;
        }

        var header = reader.Current;
        var names = new List<string>(header.ColCount);
        for (var c = 0; c < header.ColCount; c++)
        {
            names.Add(header[c].ToString().Trim());
        }

        var missing = Required.Where(r => !names.Contains(r)).ToList();
        if (missing.Count > 0)
        {
            var what = GdeltLayout.FamilyOf(header.ColCount) is not null ? "a GDELT events file" : GdeltLayout.OtherTables.GetValueOrDefault(header.ColCount, "not an ICEWS events file");
            sink.Reject(new RowReject(1, $"the file is {what}: its header lacks {string.Join(", ", missing.Take(5))}; nothing was imported from it", EventRows.Clip(header.Span)));
            var rows = 1L;
            foreach (var row in reader)
            {
                rows++;
            }

            return summary with { Rows = rows, Rejected = rows, FileRejected = true };
        }

        var at = Required.ToDictionary(r => r, r => names.IndexOf(r));
        var filler = new BatchFiller(sink);
        long rejected = 0, flagged = 0;
        var (read, truncated) = EventRows.Read(reader, 1, (row, line) =>
        {
            var reason = row.ColCount != names.Count ? $"{row.ColCount} columns; the header has {names.Count}"
                : Fill(row, at, filler.Current) ?? filler.EndRow(IcewsDataset.Name, line);
            if (reason is not null)
            {
                rejected++;
                sink.Reject(new RowReject(line, reason, EventRows.Clip(row.Span)));
                return;
            }

            // A country the registry does not know is kept as written (no actor id), reported and counted.
            foreach (var side in Sides)
            {
                if (Cell(row, at, side) is { IsEmpty: false } country && _ids.Get(country).IsEmpty)
                {
                    flagged++;
                    sink.Reject(new RowReject(line, $"{side} '{EventRows.Clip(country)}' is not in the actor registry: stored as written, with no actor id", EventRows.Clip(row.Span), Kept: true));
                }
            }
        }, sink.Reject, cancellationToken);

        filler.Finish();
        return summary with { Rows = read, Rejected = rejected + (truncated ? 1 : 0), Flagged = flagged, Truncated = truncated };
    }

    private string? Fill(SepReader.Row row, Dictionary<string, int> at, EventBatch batch)
    {
        if (!FieldParse.Long(Cell(row, at, "Event ID"), out var id))
        {
            return $"Event ID '{EventRows.Clip(Cell(row, at, "Event ID"))}' is not a number";
        }

        if (!FieldParse.IsoDate(Cell(row, at, "Event Date"), out var date))
        {
            return $"Event Date '{EventRows.Clip(Cell(row, at, "Event Date"))}' is not a date YYYY-MM-DD";
        }

        var code = Cell(row, at, "CAMEO Code");
        if (!FieldParse.CameoCode(code))
        {
            return $"CAMEO Code '{EventRows.Clip(code)}' is not a CAMEO code";
        }

        if (!FieldParse.OptionalDouble(Cell(row, at, "Intensity"), out var intensity))
        {
            return $"Intensity '{EventRows.Clip(Cell(row, at, "Intensity"))}' is not a number";
        }

        if (!FieldParse.OptionalDouble(Cell(row, at, "Latitude"), out var lat) || !FieldParse.OptionalDouble(Cell(row, at, "Longitude"), out var lon))
        {
            return $"Latitude/Longitude '{EventRows.Clip(Cell(row, at, "Latitude"))}', '{EventRows.Clip(Cell(row, at, "Longitude"))}' are not numbers";
        }

        var i = batch.Count;
        batch.EventId[i] = id;
        batch.EventDate[i] = date;
        batch.DateAdded[i] = null;
        batch.IsRootEvent[i] = null;
        batch.QuadClass[i] = (byte?)CameoEventCode.QuadClassOf(code.ToString());
        batch.Goldstein[i] = intensity;
        batch.NumMentions[i] = batch.NumSources[i] = batch.NumArticles[i] = null;
        batch.AvgTone[i] = null;
        batch.ActionLat[i] = lat;
        batch.ActionLong[i] = lon;
        SetActor(batch, i, Cell(row, at, "Source Country"), Cell(row, at, "Source Name"), Cell(row, at, "Source Sectors"), EventText.Actor1Id);
        SetActor(batch, i, Cell(row, at, "Target Country"), Cell(row, at, "Target Name"), Cell(row, at, "Target Sectors"), EventText.Actor2Id);
        batch[EventText.EventCode].Set(i, code);
        batch[EventText.EventBaseCode].Set(i, code[..Math.Min(3, code.Length)]);
        batch[EventText.EventRootCode].Set(i, code[..2]);
        batch[EventText.EventText].Set(i, Cell(row, at, "Event Text"));
        batch[EventText.ActionCountry].Set(i, _fips.Get(Cell(row, at, "Country")));
        batch[EventText.ActionPlace].Set(i, Place(row, at));
        batch[EventText.Publisher].Set(i, Cell(row, at, "Publisher"));
        batch[EventText.SourceUrl].SetNull(i);
        return null;
    }

    private static readonly string[] Sides = ["Source Country", "Target Country"];

    private static readonly string[] PlaceColumns = ["City", "District", "Province", "Country"];

    private static string Place(SepReader.Row row, Dictionary<string, int> at)
    {
        var parts = new List<string>(4);
        foreach (var column in PlaceColumns)
        {
            if (Cell(row, at, column) is { IsEmpty: false } part)
            {
                parts.Add(part.ToString());
            }
        }

        return string.Join(", ", parts);
    }

    private static ReadOnlySpan<char> Cell(SepReader.Row row, Dictionary<string, int> at, string name) =>
        row[at[name]].Span is var s && s is "NA" ? default : s;

    private void SetActor(EventBatch batch, int i, ReadOnlySpan<char> country, ReadOnlySpan<char> name, ReadOnlySpan<char> sectors, EventText first)
    {
        var id = _ids.Get(country);
        batch[first].Set(i, id);
        batch[first + 1].SetNull(i);
        batch[first + 2].Set(i, name);
        // The CAMEO country code; a name the registry does not know is kept raw here rather than lost.
        batch[first + 3].Set(i, id.IsEmpty ? country : _cameo.Get(country));
        batch[first + 4].SetNull(i);
        batch[first + 5].Set(i, sectors);
    }
}
