using System.Diagnostics;
using DuckDB.NET.Data;
using Entente.Import.Events;
using Entente.Import.Gdelt;
using Entente.Import.Icews;
using Entente.Warehouse.Ingest;

namespace Entente.Warehouse;

public sealed partial class EventWarehouse
{
    /// <summary>Batches in flight between the parsing and the writing thread; with their capacity, the memory an import holds.</summary>
    public static int PipelineBatches { get; set; } = 4;

    public static int BatchCapacity { get; set; } = EventBatch.DefaultCapacity;

    /// <summary>
    /// A large file is committed every this many rows, so that DuckDB's transaction-local state stays small and an
    /// interrupted import keeps what it committed (re-running it adds only the rest). 0: one transaction per file.
    /// </summary>
    public long CommitEvery { get; set; } = 2_000_000;

    /// <summary>Dyad rows sorted together before they are written to `dyad_events` (about 100 bytes each while buffered).</summary>
    public int DyadRun { get; set; } = 1 << 19;

    /// <summary>
    /// Imports every input of <paramref name="paths"/> (a `.zip` stands for its entries), one transaction per input.
    /// Inputs already imported completely (same fingerprint) are skipped, so an interrupted run resumes where it stopped.
    /// </summary>
    public IReadOnlyList<FileImport> Import(IEnumerable<string> paths, EventKind kind, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var results = new List<FileImport>();
        foreach (var path in paths)
        {
            foreach (var file in EventFile.Expand(path))
            {
                results.Add(kind == EventKind.GdeltMentions
                    ? ImportMentions(file, progress, cancellationToken)
                    : Import(file, kind, progress, cancellationToken));
            }
        }

        return results;
    }

    public FileImport Import(EventFile file, EventKind kind, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var fingerprint = file.Fingerprint();
        if (SkipIfImported(file, fingerprint, clock) is { } skipped)
        {
            return skipped;
        }

        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var import = BeginImport(file, fingerprint, clock);
        var importId = import.ImportId;
        EventBatchWriter? writer = null;
        try
        {
            using var committed = OpenSecondConnection();
            var terms = LoadTerms();
            // Dataset keys are taken before the parser starts: only the parsing thread may add terms.
            var datasetKeys = EventDataset.All.ToDictionary(d => d, d => terms.Key(d));
            using var pipeline = new EventPipeline(PipelineBatches, BatchCapacity, terms, cancel.Token);
            CountingStream? counter = null;
            using var stream = new CountingStream(file.Open(raw => counter = new CountingStream(raw)));
            var parse = Task.Run(() =>
            {
                try
                {
                    return kind == EventKind.Icews
                        ? new IcewsEventReader(Actors).Read(stream, pipeline, cancel.Token)
                        : new GdeltEventReader(Actors).Read(stream, pipeline, cancel.Token);
                }
                finally
                {
                    pipeline.Complete();
                }
            }, cancel.Token);

            var rejects = new RejectWriter(_connection, importId, file.Display);
            long rows = 0, sinceCommit = 0;
            try
            {
                foreach (var item in pipeline.Items)
                {
                    if (item is EventBatch batch)
                    {
                        // The batch's new terms were added before it was handed over, so they are in the queue now.
                        SaveTerms(terms.TakeAdded());
                        if (batch.Count > 0)
                        {
                            writer ??= new EventBatchWriter(_connection, committed, datasetKeys[batch.Dataset], importId, DyadRun);
                            writer.Write(batch);
                        }

                        rows += batch.Count;
                        sinceCommit += batch.Count;
                        if (writer is not null && CommitEvery > 0 && sinceCommit >= CommitEvery)
                        {
                            sinceCommit = 0;
                            var current = writer;
                            current.Restart(() =>
                            {
                                rejects.Dispose();
                                Execute("UPDATE imports SET rows_read = ?, rows_added = ?, rows_duplicate = ? WHERE import_id = ?", rows, current.Added, current.Duplicates, importId);
                                Execute("COMMIT");
                                Execute("BEGIN TRANSACTION");
                            });
                        }

                        pipeline.Return(batch);
                        progress?.Report(new ImportProgress(file.Display, counter?.BytesRead ?? 0, file.Bytes, rows));
                    }
                    else
                    {
                        rejects.Write((List<RowReject>)item);
                    }
                }
            }
            catch
            {
                cancel.Cancel();
                throw;
            }

            var summary = parse.GetAwaiter().GetResult();
            writer?.Complete();
            SaveTerms(terms.TakeAdded());
            if (!summary.FileRejected && file.CheckComplete(stream.BytesRead) is { } cut)
            {
                rejects.Write([new RowReject(summary.Rows + 1, cut, "")]);
                summary = summary with { Truncated = true, Rejected = summary.Rejected + 1 };
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

    /// <summary>The release an input belongs to: GDELT's file timestamp ("20191024143000"), else the file name without extensions.</summary>
    public static string Release(EventFile file)
    {
        var name = System.IO.Path.GetFileName(file.Entry ?? file.Path);
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && name[..dot].All(char.IsAsciiDigit) ? name[..dot] : System.IO.Path.GetFileNameWithoutExtension(name.Replace(".gz", "", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Writes rejected rows into `rejects` (all of them) and keeps the first few as examples for the report.</summary>
    private sealed class RejectWriter(DuckDBConnection connection, int importId, string path) : IDisposable
    {
        private DuckDBAppender? _appender;
        private readonly List<RowReject> _examples = [];

        public IReadOnlyList<RowReject> Examples => _examples;

        public void Write(List<RowReject> rejects)
        {
            _appender ??= connection.CreateAppender("rejects");
            foreach (var reject in rejects)
            {
                if (_examples.Count < 5)
                {
                    _examples.Add(reject);
                }

                _appender.CreateRow().AppendValue(importId).AppendValue(path).AppendValue(reject.Line).AppendValue(reject.Reason).AppendValue(reject.Content).EndRow();
            }
        }

        public void Dispose()
        {
            _appender?.Dispose();
            _appender = null;
        }
    }
}
