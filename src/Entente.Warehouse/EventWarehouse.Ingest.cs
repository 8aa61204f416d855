using System.Diagnostics;
using System.Runtime.CompilerServices;
using Entente.Events;
using Entente.Warehouse.Ingest;

namespace Entente.Warehouse;

public sealed partial class EventWarehouse
{
    /// <summary>
    /// One events input: a parsing thread fills batches, this thread writes them (see <see cref="EventPipeline"/>),
    /// committing every <see cref="EventWarehouseOptions.CommitEvery"/> rows; <paramref name="committed"/> counts the
    /// events those steps added, which stay if the import fails or is cancelled later.
    /// </summary>
    private FileImport ImportEvents(EventFile file, IEventReader reader, StrongBox<long> committed, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var fingerprint = file.Fingerprint();
        if (SkipIfImported(file, fingerprint, reader.Table, clock) is { } skipped)
        {
            return skipped;
        }

        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var import = BeginImport(file, fingerprint, reader.Table, clock);
        var importId = import.ImportId;
        EventBatchWriter? writer = null;
        try
        {
            using var second = OpenSecondConnection();
            var terms = LoadTerms();
            // Dataset keys are taken before the parser starts: only the parsing thread may add terms.
            var datasetKeys = reader.Datasets.ToDictionary(d => d, d => terms.Key(d));
            using var pipeline = new EventPipeline(Options.PipelineBatches, terms, cancel.Token);
            CountingStream? counter = null;
            using var stream = new CountingStream(new LineGuard(file.Open(raw => counter = new CountingStream(raw)), Options.MaxLineBytes));
            var parse = Task.Run(() =>
            {
                try
                {
                    return reader.Read(stream, pipeline, cancel.Token);
                }
                finally
                {
                    pipeline.Complete();
                }
            }, CancellationToken.None);

            var rejects = new RejectWriter(_connection, importId, file.Display);
            long rows = 0, sinceCommit = 0;
            try
            {
                foreach (var item in pipeline.Items)
                {
                    if (item is not EventBatch batch)
                    {
                        rejects.Write((List<RowReject>)item);
                        continue;
                    }

                    // The batch's new terms were added before it was handed over, so they are in the queue now.
                    SaveTerms(terms.TakeAdded());
                    if (batch.Count > 0)
                    {
                        writer ??= new EventBatchWriter(_connection, second, datasetKeys[batch.Dataset], importId, Options.DyadRun);
                        writer.Write(batch);
                    }

                    rows += batch.Count;
                    sinceCommit += batch.Count;
                    if (writer is not null && Options.CommitEvery > 0 && sinceCommit >= Options.CommitEvery)
                    {
                        sinceCommit = 0;
                        var current = writer;
                        current.Restart(() =>
                        {
                            rejects.Dispose();
                            Execute("UPDATE imports SET rows_read = ?, rows_added = ?, rows_duplicate = ? WHERE import_id = ?", rows, current.Added, current.Duplicates, importId);
                            Execute("COMMIT");
                            committed.Value = current.Added;
                            Execute("BEGIN TRANSACTION");
                        });
                    }

                    pipeline.Return(batch);
                    progress?.Report(new ImportProgress(file.Display, counter?.BytesRead ?? 0, file.Bytes, rows));
                }
            }
            catch
            {
                // The parser may be blocked on the pipeline or reading the stream: stop it and wait for it to end
                // before the stream and the pipeline are disposed under it.
                cancel.Cancel();
                JoinQuietly(parse);
                throw;
            }

            var (summary, unreadable) = ReadResult(parse, rows);
            writer?.Complete();
            SaveTerms(terms.TakeAdded());
            if (!summary.FileRejected && file.CheckComplete(stream.BytesRead) is { } cut)
            {
                rejects.Write([new RowReject(summary.Rows + 1, cut, "")]);
                summary = summary with { Truncated = true, Rejected = summary.Rejected + 1 };
            }

            if (unreadable is not null)
            {
                rejects.Write([unreadable]);
            }

            writer?.Dispose();
            var added = writer?.Added ?? 0;
            var duplicates = writer?.Duplicates ?? 0;
            writer = null;
            rejects.Dispose();
            var result = EndImport(import, summary, added, duplicates, rejects.Examples);
            progress?.Report(new ImportProgress(file.Display, file.Bytes, file.Bytes, rows));
            return result;
        }
        catch
        {
            writer?.Dispose();
            // Steps committed before the failure stay: re-running the file adds the rest.
            AbandonImport(import);
            throw;
        }
    }

    /// <summary>
    /// The parser's summary; a file the reader could not read at all (not gzip, not text) becomes one reject for the
    /// whole file, kept with the summary, instead of an exception.
    /// </summary>
    private static (EventReadSummary Summary, RowReject? Unreadable) ReadResult(Task<EventReadSummary> parse, long rows)
    {
        try
        {
            return (parse.GetAwaiter().GetResult(), null);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException or FormatException && ex is not FileNotFoundException)
        {
            var summary = new EventReadSummary { Rows = rows, Rejected = 1, FileRejected = rows == 0, Truncated = rows > 0 };
            return (summary, new RowReject(rows + 1, $"the file cannot be read as event data: {ex.Message}", ""));
        }
    }

    private static void JoinQuietly(Task parse)
    {
        try
        {
            parse.Wait();
        }
        catch (AggregateException)
        {
            // The parser's own failure (often the cancellation just asked for) adds nothing to the writer's.
        }
    }
}
