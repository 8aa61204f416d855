using System.Diagnostics;
using Entente.Actors;
using Entente.Analysis;
using Entente.Analysis.Datasets;
using Entente.Import.Atop;
using Entente.Import.Bundle;
using Entente.Import.Mme;
using Entente.Import.Sipri;
using Entente.Import.Unga;
using Entente.Storage.ArmsTrade;
using Entente.Storage.Datasets;
using Entente.Storage.Sqlite;
using Entente.Warehouse;

namespace Entente.Benchmarks.Analysis;

/// <summary>
/// The stores the analysis benchmark reads: the flagship case, the full SIPRI register, ATOP, MME and the ideal points in
/// one SQLite file, and a warehouse of synthetic GDELT events. The warehouse is kept between runs (keyed by its size),
/// so a second run measures without regenerating it.
/// </summary>
internal sealed class AnalysisStores : IAsyncDisposable
{
    private SqliteEvidenceStore _evidence = null!;
    private SqliteArmsTradeStore _trade = null!;
    private SqliteDatasetStore _datasets = null!;
    private EventWarehouse _events = null!;

    public long Events { get; private set; }

    public double LoadSeconds { get; private set; }

    public static async Task<AnalysisStores> OpenAsync(string work, long events)
    {
        var stores = new AnalysisStores();
        var clock = Stopwatch.StartNew();
        var db = Path.Combine(work, "analysis.db");
        File.Delete(db);
        stores._evidence = await SqliteEvidenceStore.OpenAsync(db);
        var flagship = BundleValidator.Shipped.ReadAndValidate(Path.Combine(SharedData.RepositoryRoot, "data", "cases", "rus-chn"));
        await stores._evidence.ImportAsync(flagship.Bundle, "rus-chn");
        stores._trade = await SqliteArmsTradeStore.OpenAsync(db);
        await stores._trade.ImportAsync(SipriReader.Shipped.Read(Data("sipri", "Andrei", "trade-register.csv")));
        stores._datasets = await SqliteDatasetStore.OpenAsync(db);
        await stores._datasets.ImportAtopAsync(AtopReader.Shipped.Read(Data("atop", "joshuaalley", "atop-alliance-level.csv")));
        await stores._datasets.ImportAtopAsync(AtopReader.Shipped.Read(Data("atop", "joshuaalley", "atop-member-level.csv")));
        await stores._evidence.ImportMmeAsync(MmeReader.Shipped.Read(Data("mme", "meflynn", "mme_v7.csv")));
        await stores._datasets.ImportIdealPointsAsync(IdealPointReader.Shipped.Read(Data("unga", "lucasbuildsapps", "IdealpointsJuly2025.dta")));
        stores._events = OpenWarehouse(work, events);
        stores.Events = stores._events.EventCount();
        stores.LoadSeconds = clock.Elapsed.TotalSeconds;
        return stores;
    }

    /// <summary>A fresh query layer over the stores: nothing cached yet, as a new CLI process would start.</summary>
    public DyadAnalysis NewAnalysis() => new(new AnalysisSources
    {
        Evidence = _evidence,
        Registry = ActorRegistry.Shipped,
        ArmsTrade = _trade,
        Events = _events,
        Datasets = new DatasetReader(_datasets, ActorRegistry.Shipped),
    });

    private static EventWarehouse OpenWarehouse(string work, long events)
    {
        var path = Path.Combine(work, $"analysis-events-{events}.duckdb");
        if (File.Exists(path))
        {
            var existing = EventWarehouse.Open(path);
            if (existing.EventCount() == events)
            {
                return existing;
            }

            existing.Dispose();
            File.Delete(path);
        }

        var csv = Path.Combine(work, $"analysis-synthetic-{events}.export.CSV");
        SyntheticGdelt.FromFile(Data("gdelt", "arekziobrowski", "20191024143000.export.CSV")).Write(csv, events);
        var warehouse = EventWarehouse.Open(path);
        warehouse.Import([csv], new Entente.Import.Gdelt.GdeltEventReader(warehouse.Actors));
        File.Delete(csv);
        return warehouse;
    }

    private static string Data(params string[] parts) => Path.Combine([SharedData.Directory, .. parts]);

    public async ValueTask DisposeAsync()
    {
        _events.Dispose();
        await _datasets.DisposeAsync();
        await _trade.DisposeAsync();
        await _evidence.DisposeAsync();
    }
}
