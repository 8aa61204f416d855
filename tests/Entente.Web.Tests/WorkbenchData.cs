using Entente.Cameo;
using Entente.Events;
using Entente.Import.Bundle;
using Entente.Import.Gdelt;
using Entente.Import.Icews;
using Entente.Import.Sipri;
using Entente.Storage.ArmsTrade;
using Entente.Storage.Sqlite;
using Entente.Testing;
using Entente.Warehouse;
using Entente.Web.Hosting;

[assembly: AssemblyFixture(typeof(Entente.Web.Tests.WorkbenchData))]

namespace Entente.Web.Tests;

/// <summary>
/// One real store for the whole test run: the flagship case, and where ../shared/data is present the full SIPRI
/// register and real GDELT and ICEWS files in a real DuckDB warehouse. Tests needing a dataset require it first.
/// </summary>
public sealed class WorkbenchData : IAsyncLifetime
{
    public static readonly string[] Register = ["sipri", "Andrei", "trade-register.csv"];
    public static readonly string[] Icews = ["icews", "andybega", "events.2018.sample.tab"];
    public static readonly string[] Gdelt = ["gdelt", "arekziobrowski", "20191024143000.export.CSV"];

    private readonly TempDirectory _dir = new();

    public WorkbenchOptions Options => new() { StorePath = _dir.File("entente.db"), WarehousePath = _dir.File("events.duckdb"), Port = 0 };

    public bool HasSipri { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var read = BundleValidator.Shipped.ReadAndValidate(Repository.FlagshipCase);
        Assert.True(read.IsValid, string.Join("\n", read.Diagnostics));
        await using (var store = await SqliteEvidenceStore.OpenAsync(Options.StorePath))
        {
            await store.ImportAsync(read.Bundle, Repository.FlagshipCase);
        }

        var register = Path.Combine([SharedData.Directory, .. Register]);
        if (File.Exists(register))
        {
            await using var trade = await SqliteArmsTradeStore.OpenAsync(Options.StorePath);
            using var reading = SipriReader.Shipped.Open(register);
            await trade.ImportAsync(reading.Release, reading.Batches(), reading.Outcome);
            HasSipri = true;
        }

        var events = new[] { (Icews, (IEventReader)new IcewsEventReader(CameoActorMap.Shipped)), (Gdelt, new GdeltEventReader(CameoActorMap.Shipped)) }.Select(e => (Path: Path.Combine([SharedData.Directory, .. e.Item1]), Reader: e.Item2)).Where(e => File.Exists(e.Path)).ToList();
        if (events.Count > 0)
        {
            using var warehouse = EventWarehouse.Open(Options.WarehousePath!);
            foreach (var (path, reader) in events)
            {
                warehouse.Import([path], reader);
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        _dir.Dispose();
        return ValueTask.CompletedTask;
    }
}
