using Entente.Actors;
using Entente.Analysis.Datasets;
using Entente.Import.Atop;
using Entente.Import.Mme;
using Entente.Import.Sipri;
using Entente.Import.Unga;
using Entente.Storage.ArmsTrade;
using Entente.Storage.Datasets;
using Entente.Storage.Sqlite;
using Entente.Testing;

namespace Entente.Analysis.Tests.RealData;

/// <summary>
/// A fresh store holding only imported datasets — the real SIPRI register (2024 layout), ATOP 4.01 (both levels),
/// MME v7 and the UNGA ideal points from ../shared/data — and no curated evidence; shared by the tests of a class. Skips where the files are absent.
/// </summary>
public sealed class RealDatasets : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private SqliteEvidenceStore? _evidence;
    private SqliteArmsTradeStore? _trade;
    private SqliteDatasetStore? _datasets;

    public static string Register => SharedData.Require("sipri", "Andrei", "trade-register.csv");

    public static string AtopMembers => SharedData.Require("atop", "joshuaalley", "atop-member-level.csv");

    public DyadAnalysis Analysis { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(Path.Combine(SharedData.Directory, "sipri", "Andrei", "trade-register.csv")))
        {
            return; // each test skips (or fails in CI) through SharedData.Require
        }

        var path = _dir.File("datasets-only.db");
        _evidence = await SqliteEvidenceStore.OpenAsync(path);
        _trade = await SqliteArmsTradeStore.OpenAsync(path);
        _datasets = await SqliteDatasetStore.OpenAsync(path);
        await _trade.ImportAsync(SipriReader.Shipped.Read(Register));
        await _datasets.ImportAtopAsync(AtopReader.Shipped.Read(SharedData.Require("atop", "joshuaalley", "atop-alliance-level.csv")));
        await _datasets.ImportAtopAsync(AtopReader.Shipped.Read(AtopMembers));
        await _evidence.ImportMmeAsync(MmeReader.Shipped.Read(SharedData.Require("mme", "meflynn", "mme_v7.csv")));
        await _datasets.ImportIdealPointsAsync(IdealPointReader.Shipped.Read(SharedData.Require("unga", "lucasbuildsapps", "IdealpointsJuly2025.dta")));
        Analysis = new DyadAnalysis(new AnalysisSources
        {
            Evidence = _evidence,
            Registry = ActorRegistry.Shipped,
            ArmsTrade = _trade,
            Datasets = new DatasetReader(_datasets, ActorRegistry.Shipped),
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_datasets is not null)
        {
            await _datasets.DisposeAsync();
            await _trade!.DisposeAsync();
            await _evidence!.DisposeAsync();
        }

        _dir.Dispose();
    }
}
