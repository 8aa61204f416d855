using Entente.Cameo;
using Entente.Events;
using Entente.Import.Events;
using nietras.SeparatedValues;

namespace Entente.Import.Gdelt;

/// <summary>
/// Reads GDELT 1.0 (57/58 columns) and 2.0 (61 columns) event files, tab-separated without a header, with Sep into
/// event batches. The layout is taken from the first row; each later row is checked against it. Rows that cannot be
/// imported are reported with their line and reason; a file of another GDELT table is rejected whole, by name.
/// </summary>
/// <remarks>
/// Parsing lives here (no DuckDB); the warehouse writes the batches. Batches are reused and hold UTF-8 bytes,
/// so the per-row cost is the parse itself, not allocations.
/// </remarks>
public sealed class GdeltEventReader(CameoActorMap actors) : IEventReader
{
    private const int IdColumn = 0, DateColumn = 1, Actor1Code = 5, Actor1Name = 6, Actor1Country = 7, Actor1Type = 12;
    private const int Actor2Code = 15, Actor2Name = 16, Actor2Country = 17, Actor2Type = 22;
    private const int IsRoot = 25, EventCode = 26, BaseCode = 27, RootCode = 28, Quad = 29, Goldstein = 30;
    private const int Mentions = 31, Sources = 32, Articles = 33, Tone = 34;

    public string Table => "gdelt events";

    public IReadOnlyList<string> Datasets { get; } = [GdeltDataset.V1, GdeltDataset.V2];

    private readonly ActorIdCache _ids = new(actors.FromCountryCode);

    public static SepReaderOptions Options { get; } = Sep.New('\t').Reader(o => o with
    {
        HasHeader = false,
        DisableColCountCheck = true,
        DisableQuotesParsing = true,
    });

    public EventReadSummary Read(Stream stream, IEventSink sink, CancellationToken cancellationToken = default)
    {
        using var reader = Options.From(stream);
        IReadOnlyList<GdeltLayout>? family = null;
        string? rejectedAs = null;
        long rejected = 0;
        var filler = new BatchFiller(sink);
        var summary = new EventReadSummary();
        var seen = new SortedSet<int>();
        GdeltLayout? last = null;
        var (rows, truncated) = EventRows.Read(reader, 0, (row, line) =>
        {
            if (family is null && rejectedAs is null)
            {
                family = GdeltLayout.FamilyOf(row.ColCount);
                if (family is null)
                {
                    rejectedAs = GdeltLayout.OtherTables.TryGetValue(row.ColCount, out var other)
                        ? $"the file is {other}, not GDELT events (57, 58 or 61 columns); nothing was imported from it"
                        : $"the file is not GDELT events: its first row has {row.ColCount} columns (events have 57, 58 or 61); nothing was imported from it";
                    sink.Reject(new RowReject(line, rejectedAs, EventRows.Clip(row.Span)));
                }
                else
                {
                    summary = summary with { Layout = family[0].Name, Dataset = family[0].Dataset };
                }
            }

            if (rejectedAs is not null)
            {
                rejected++;
                return;
            }

            // Rows of one file nearly always share a layout: the last one is checked first.
            var columns = row.ColCount;
            var layout = last?.Columns == columns ? last : family!.FirstOrDefault(l => l.Columns == columns);
            var reason = layout is null
                ? $"{columns} columns; {family![0].Name.Split('(')[0].Trim()} rows have {string.Join(" or ", family!.Select(l => l.Columns))}"
                : Fill(row, layout, filler.Current) ?? filler.EndRow(layout.Dataset, line);
            if (reason is not null)
            {
                rejected++;
                sink.Reject(new RowReject(line, reason, EventRows.Clip(row.Span)));
                return;
            }

            if (layout != last)
            {
                seen.Add(layout!.Columns);
                last = layout;
            }
        }, sink.Reject, cancellationToken);

        filler.Finish();
        var layoutName = family is null ? "" : seen.Count <= 1 ? (family.FirstOrDefault(l => seen.Contains(l.Columns)) ?? family[0]).Name
            : $"{family[0].Name.Split('(')[0].Trim()} ({string.Join(" and ", seen)} columns)";
        return summary with
        {
            Layout = layoutName,
            Rows = rows,
            Rejected = rejected + (truncated ? 1 : 0),
            Truncated = truncated,
            FileRejected = rejectedAs is not null,
        };
    }

    /// <summary>Validates one row and writes it into the batch at <see cref="EventBatch.Count"/>; returns the reason when it cannot.</summary>
    private string? Fill(SepReader.Row row, GdeltLayout layout, EventBatch batch)
    {
        if (!FieldParse.Long(row[IdColumn].Span, out var id))
        {
            return $"GLOBALEVENTID '{EventRows.Clip(row[IdColumn].Span)}' is not a number";
        }

        if (!FieldParse.CompactDate(row[DateColumn].Span, out var date))
        {
            return $"SQLDATE '{EventRows.Clip(row[DateColumn].Span)}' is not a date YYYYMMDD";
        }

        var code = row[EventCode].Span;
        if (!FieldParse.CameoCode(code))
        {
            return $"EventCode '{EventRows.Clip(code)}' is not a CAMEO code";
        }

        if (!FieldParse.OptionalDouble(row[Goldstein].Span, out var goldstein))
        {
            return $"GoldsteinScale '{EventRows.Clip(row[Goldstein].Span)}' is not a number";
        }

        if (!FieldParse.OptionalDouble(row[Tone].Span, out var tone))
        {
            return $"AvgTone '{EventRows.Clip(row[Tone].Span)}' is not a number";
        }

        if (!FieldParse.OptionalInt(row[Mentions].Span, out var mentions) || !FieldParse.OptionalInt(row[Sources].Span, out var sources)
            || !FieldParse.OptionalInt(row[Articles].Span, out var articles))
        {
            return $"NumMentions/NumSources/NumArticles '{EventRows.Clip(row[Mentions].Span)}', '{EventRows.Clip(row[Sources].Span)}', '{EventRows.Clip(row[Articles].Span)}' are not whole numbers";
        }

        var quadText = row[Quad].Span;
        byte? quad = quadText.Length == 1 && quadText[0] is >= '1' and <= '4' ? (byte)(quadText[0] - '0') : null;
        if (quad is null && !quadText.IsEmpty)
        {
            return $"QuadClass '{EventRows.Clip(quadText)}' is not 1-4";
        }

        if (!FieldParse.OptionalDouble(row[layout.ActionLat].Span, out var lat) || !FieldParse.OptionalDouble(row[layout.ActionLong].Span, out var lon))
        {
            return $"ActionGeo_Lat/Long '{EventRows.Clip(row[layout.ActionLat].Span)}', '{EventRows.Clip(row[layout.ActionLong].Span)}' are not numbers";
        }

        if (!FieldParse.CompactTimestamp(row[layout.DateAdded].Span, out var added))
        {
            return $"DATEADDED '{EventRows.Clip(row[layout.DateAdded].Span)}' is not YYYYMMDD or YYYYMMDDHHMMSS";
        }

        var i = batch.Count;
        batch.EventId[i] = id;
        batch.EventDate[i] = date;
        batch.DateAdded[i] = added;
        batch.IsRootEvent[i] = row[IsRoot].Span is "1" ? true : row[IsRoot].Span is "0" ? false : null;
        batch.QuadClass[i] = quad ?? (byte?)CameoEventCode.QuadClassOf(code.ToString());
        batch.Goldstein[i] = goldstein;
        batch.NumMentions[i] = mentions;
        batch.NumSources[i] = sources;
        batch.NumArticles[i] = articles;
        batch.AvgTone[i] = tone;
        batch.ActionLat[i] = lat;
        batch.ActionLong[i] = lon;
        SetActor(batch, i, row, Actor1Code, Actor1Name, Actor1Country, Actor1Type, EventText.Actor1Id);
        SetActor(batch, i, row, Actor2Code, Actor2Name, Actor2Country, Actor2Type, EventText.Actor2Id);
        batch[EventText.EventCode].Set(i, code);
        batch[EventText.EventBaseCode].Set(i, row[BaseCode].Span);
        batch[EventText.EventRootCode].Set(i, row[RootCode].Span);
        batch[EventText.EventText].SetNull(i);
        batch[EventText.ActionCountry].Set(i, row[layout.ActionCountry].Span);
        batch[EventText.ActionPlace].Set(i, row[layout.ActionPlace].Span);
        batch[EventText.Publisher].SetNull(i);
        batch[EventText.SourceUrl].Set(i, layout.SourceUrl < 0 ? default : row[layout.SourceUrl].Span);
        return null;
    }

    private void SetActor(EventBatch batch, int i, SepReader.Row row, int code, int name, int country, int type, EventText first)
    {
        var countryCode = row[country].Span;
        batch[first].Set(i, _ids.Get(countryCode));
        batch[first + 1].Set(i, row[code].Span);
        batch[first + 2].Set(i, row[name].Span);
        batch[first + 3].Set(i, countryCode);
        batch[first + 4].Set(i, row[type].Span);
        batch[first + 5].SetNull(i);
    }

}
