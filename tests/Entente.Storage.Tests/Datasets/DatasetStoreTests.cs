using Entente.Import.Atop;
using Entente.Import.Mme;
using Entente.Import.Unga;
using Entente.Storage.Datasets;
using Entente.Storage.Sqlite;
using Entente.Testing;

namespace Entente.Storage.Tests.Datasets;

/// <summary>The real ATOP, MME and ideal-point files stored in a real SQLite file: source records, counts, idempotence.</summary>
public sealed class DatasetStoreTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Db => _temp.File("entente.db");

    [Fact]
    public async Task ATOP_files_are_stored_once_and_answer_the_Russia_China_history()
    {
        var members = AtopReader.Shipped.Read(SharedData.Require("atop", "joshuaalley", "atop-member-level.csv"));
        var alliances = AtopReader.Shipped.Read(SharedData.Require("atop", "joshuaalley", "atop-alliance-level.csv"));
        await using var store = await SqliteDatasetStore.OpenAsync(Db);

        var first = await store.ImportAtopAsync(members);
        await store.ImportAtopAsync(alliances);
        var again = await store.ImportAtopAsync(members);
        var shared = await store.AtopSharedAsync(365, 710);

        Assert.Equal(members.Memberships.Count, first.Stored);
        Assert.True(again.AlreadyImported);
        Assert.Equal(members.Memberships.Count, (await store.AtopMembershipsAsync()).Count);
        Assert.Equal(alliances.Alliances.Count, (await store.AtopAlliancesAsync()).Count);
        Assert.Equal(2, (await store.FilesAsync("atop")).Count);
        Assert.Equal(11, shared.Select(s => s.AtopId).Distinct().Count());
        Assert.True(shared.Single(s => s.AtopId == 4980).Alliance!.Obligations is { NonAggression: true, Consultation: true, Defense: false });
    }

    [Fact]
    public async Task MME_exercises_become_evidence_with_their_rows_and_rejects_in_one_transaction()
    {
        var mme = MmeReader.Shipped.Read(SharedData.Require("mme", "meflynn", "mme_v7.csv"));
        await using (var evidence = await SqliteEvidenceStore.OpenAsync(Db))
        {
            var first = await evidence.ImportMmeAsync(mme);
            var again = await evidence.ImportMmeAsync(mme);
            var counts = await evidence.CountAsync();
            var pair = await evidence.QueryItemsAsync(new EvidenceQuery { Dyad = ("RUS", "CHN"), Types = ["exercise"] });

            Assert.False(first.AlreadyImported);
            Assert.True(again.AlreadyImported);
            Assert.Equal(mme.Exercises.Items.Count, counts.Items);
            Assert.Equal(1, counts.Imports);
            Assert.Equal(10, pair.Count);
        }

        await using var data = await SqliteDatasetStore.OpenAsync(Db);
        Assert.Equal(6, (await data.RejectsAsync("mme")).Count);
        Assert.Equal(6, Assert.Single(await data.FilesAsync("mme")).RowsRejected);
        Assert.Equal(2, (await data.MmeRowsAsync(["mme-1825", "mme-87"])).Count);
    }

    [Fact]
    public async Task Ideal_points_are_stored_once_and_give_a_pair_its_distances_by_year()
    {
        var file = IdealPointReader.Shipped.Read(SharedData.Require("unga", "lucasbuildsapps", "IdealpointsJuly2025.dta"));
        await using var store = await SqliteDatasetStore.OpenAsync(Db);

        await store.ImportIdealPointsAsync(file);
        var again = await store.ImportIdealPointsAsync(file);
        var russia = await store.IdealPointsAsync(365);
        var distances = await store.IdealPointDistancesAsync(365, 710);

        Assert.True(again.AlreadyImported);
        Assert.Equal(file.Points.Count(p => p.CountryCode == 365), russia.Count);
        Assert.Equal(russia.Select(p => p.Year).Intersect((await store.IdealPointsAsync(710)).Select(p => p.Year)).Count(), distances.Count);
        Assert.Equal("July 2025", Assert.Single(await store.FilesAsync("unga")).Version);
    }

    public void Dispose() => _temp.Dispose();
}
