using Entente.Events;
using Entente.Import.Events;
using nietras.SeparatedValues;

namespace Entente.Import.Gdelt;

/// <summary>
/// Reads GDELT 2.0 mentions tables (16 tab-separated columns, no header). Mentions are not on the hot path of dyad
/// queries, so rows are handed over one record at a time; a file of another table is rejected whole, by name.
/// </summary>
public sealed class GdeltMentionReader : IMentionReader
{
    public const int Columns = 16;

    public string Table => "gdelt mentions";

    public EventReadSummary Read(Stream stream, Action<EventMention> mention, Action<RowReject> reject, CancellationToken cancellationToken = default)
    {
        using var reader = GdeltEventReader.Options.From(stream);
        var summary = new EventReadSummary { Layout = "GDELT 2.0 mentions (16 columns)", Dataset = GdeltDataset.V2 };
        long rejected = 0;
        bool? isMentions = null;
        var (rows, truncated) = EventRows.Read(reader, 0, (row, line) =>
        {
            if (isMentions is null)
            {
                isMentions = row.ColCount == Columns;
                if (isMentions == false)
                {
                    var what = GdeltLayout.FamilyOf(row.ColCount) is { } family ? family[0].Name : $"a file with {row.ColCount} columns";
                    reject(new RowReject(line, $"the file is {what}, not a GDELT 2.0 mentions table (16 columns); nothing was imported from it", EventRows.Clip(row.Span)));
                }
            }

            if (isMentions == false)
            {
                rejected++;
                return;
            }

            var reason = row.ColCount != Columns ? $"{row.ColCount} columns; mentions have {Columns}" : Parse(row, line, mention);
            if (reason is not null)
            {
                rejected++;
                reject(new RowReject(line, reason, EventRows.Clip(row.Span)));
            }
        }, reject, cancellationToken);

        return summary with { Rows = rows, Rejected = rejected + (truncated ? 1 : 0), Truncated = truncated, FileRejected = isMentions == false };
    }

    private static string? Parse(SepReader.Row row, long line, Action<EventMention> mention)
    {
        if (!FieldParse.Long(row[0].Span, out var id))
        {
            return $"GLOBALEVENTID '{EventRows.Clip(row[0].Span)}' is not a number";
        }

        if (!FieldParse.CompactTimestamp(row[1].Span, out var eventTime) || !FieldParse.CompactTimestamp(row[2].Span, out var mentionTime))
        {
            return $"EventTimeDate/MentionTimeDate '{EventRows.Clip(row[1].Span)}', '{EventRows.Clip(row[2].Span)}' are not YYYYMMDDHHMMSS";
        }

        if (!FieldParse.OptionalInt(row[3].Span, out var type) || !FieldParse.OptionalInt(row[6].Span, out var sentence)
            || !FieldParse.OptionalInt(row[7].Span, out var a1) || !FieldParse.OptionalInt(row[8].Span, out var a2) || !FieldParse.OptionalInt(row[9].Span, out var action)
            || !FieldParse.OptionalInt(row[10].Span, out var raw) || !FieldParse.OptionalInt(row[11].Span, out var confidence) || !FieldParse.OptionalInt(row[12].Span, out var length))
        {
            return "a numeric column (MentionType, SentenceID, offsets, InRawText, Confidence, MentionDocLen) is not a whole number";
        }

        if (!FieldParse.OptionalDouble(row[13].Span, out var tone))
        {
            return $"MentionDocTone '{EventRows.Clip(row[13].Span)}' is not a number";
        }

        mention(new EventMention(line, id, eventTime, mentionTime, (byte?)type, row[4].ToString(), row[5].ToString(), sentence, a1, a2, action,
            raw is null ? null : raw != 0, confidence, length, tone, row[14].ToString()));
        return null;
    }
}
