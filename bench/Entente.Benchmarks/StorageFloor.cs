using System.Diagnostics;
using Entente.Events;
using Entente.Import.Gdelt;
using Entente.Warehouse;
using Entente.Warehouse.Ingest;

namespace Entente.Benchmarks;

/// <summary>
/// DuckDB's share of an ingest: the file is parsed into batches in memory first (not timed), then only the writing
/// is timed — the same writer, tables, deduplication, commit and checkpoint as an import. No parser, however fast, takes an
/// import below this; it holds every batch in memory, so the harness runs it at the smallest size only.
/// </summary>
internal static class StorageFloor
{
    public static Measurement Run(string file, string warehousePath)
    {
        using var warehouse = EventWarehouse.Open(warehousePath, Measure.Options);
        var terms = warehouse.LoadTerms();
        var datasetKeys = GdeltDataset.Registration.Datasets.ToDictionary(d => d, d => terms.Key(d));
        var sink = new InMemorySink(terms);
        using (var stream = File.OpenRead(file))
        {
            new GdeltEventReader(warehouse.Actors).Read(stream, sink);
        }

        var clock = Stopwatch.StartNew();
        warehouse.Execute("BEGIN TRANSACTION");
        warehouse.SaveTerms(terms.TakeAdded());
        using var committed = warehouse.OpenSecondConnection();
        long rows;
        using (var writer = new EventBatchWriter(warehouse.Connection, committed, datasetKeys[GdeltDataset.V2], 1, warehouse.Options.DyadRun))
        {
            foreach (var batch in sink.Batches)
            {
                writer.Write(batch);
            }

            writer.Complete();
            rows = writer.Added;
        }

        warehouse.Execute("COMMIT");
        var bytes = warehouse.Bytes();
        clock.Stop();
        return new Measurement("floor", clock.Elapsed.TotalSeconds, rows, new FileInfo(file).Length, bytes, Measure.PeakRss());
    }

    /// <summary>Keeps every batch the reader hands over.</summary>
    private sealed class InMemorySink(TermTable terms) : IEventSink
    {
        public List<EventBatch> Batches { get; } = [];

        public EventBatch Rent() => new(EventBatch.DefaultCapacity, terms);

        public void Write(EventBatch batch) => Batches.Add(batch);

        public void Reject(RowReject reject) => throw new InvalidOperationException($"line {reject.Line}: {reject.Reason}");
    }
}
