using System.Diagnostics;
using Entente.Events;
using Entente.Warehouse.Ingest;

namespace Entente.Warehouse;

public sealed partial class EventWarehouse
{
    /// <summary>
    /// Imports a mentions table in one transaction: rows are staged, then inserted unless the same
    /// (event, article, sentence, time) is already stored.
    /// </summary>
    private FileImport ImportMentions(EventFile file, IMentionReader reader, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var fingerprint = file.Fingerprint();
        if (SkipIfImported(file, fingerprint, reader.Table, clock) is { } skipped)
        {
            return skipped;
        }

        var import = BeginImport(file, fingerprint, reader.Table, clock);
        var importId = import.ImportId;
        try
        {
            Execute("CREATE OR REPLACE TEMP TABLE mention_stage AS SELECT * FROM mentions LIMIT 0");
            var rejects = new RejectWriter(_connection, importId, file.Display);
            var pending = new List<RowReject>();
            EventReadSummary summary;
            using (var stage = _connection.CreateAppender("mention_stage"))
            using (var stream = new CountingStream(new LineGuard(file.Open(), Options.MaxLineBytes)))
            {
                try
                {
                    summary = reader.Read(stream, m => stage.CreateRow()
                        .AppendValue(m.EventId).AppendValue(m.EventTime).AppendValue(m.MentionTime).AppendValue(m.MentionType).AppendValue(m.SourceName)
                        .AppendValue(m.Identifier).AppendValue(m.SentenceId).AppendValue(m.Actor1Offset).AppendValue(m.Actor2Offset).AppendValue(m.ActionOffset)
                        .AppendValue(m.InRawText).AppendValue(m.Confidence).AppendValue(m.DocLength).AppendValue(m.DocTone).AppendValue(m.TranslationInfo)
                        .AppendValue(importId).AppendValue(m.Line).EndRow(), pending.Add, cancellationToken);
                }
                catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException or FormatException && ex is not FileNotFoundException)
                {
                    // Not readable at all (not gzip, not text): the whole file is refused, as one reject.
                    pending.Add(new RowReject(1, $"the file cannot be read as event data: {ex.Message}", ""));
                    summary = new EventReadSummary { Rows = 0, Rejected = 1, FileRejected = true };
                }

                if (!summary.FileRejected && file.CheckComplete(stream.BytesRead) is { } cut)
                {
                    pending.Add(new RowReject(summary.Rows + 1, cut, ""));
                    summary = summary with { Truncated = true, Rejected = summary.Rejected + 1 };
                }
            }

            rejects.Write(pending);
            rejects.Dispose();
            var staged = Scalar<long>("SELECT count(*) FROM mention_stage");
            Execute("""
                INSERT INTO mentions SELECT s.* FROM (SELECT DISTINCT ON (event_id, identifier, sentence_id, mention_time) * FROM mention_stage) s
                WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = s.event_id AND m.identifier IS NOT DISTINCT FROM s.identifier
                    AND m.sentence_id IS NOT DISTINCT FROM s.sentence_id AND m.mention_time IS NOT DISTINCT FROM s.mention_time)
                """);
            var added = Scalar<long>("SELECT count(*) FROM mentions WHERE import_id = ?", importId);
            Execute("DROP TABLE mention_stage");
            var result = EndImport(import, summary, added, staged - added, rejects.Examples);
            progress?.Report(new ImportProgress(file.Display, file.Bytes, file.Bytes, summary.Rows));
            return result;
        }
        catch
        {
            AbandonImport(import);
            throw;
        }
    }
}
