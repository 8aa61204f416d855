using Entente.Actors;
using Entente.ArmsTrade;
using Entente.Import.Sipri;
using Entente.Storage.ArmsTrade;
using Entente.Testing;

namespace Entente.Storage.Tests.ArmsTrade;

/// <summary>The real SIPRI exports stored and read back: releases apart, files agreeing with each other.</summary>
public sealed class SipriRealDataTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private SqliteArmsTradeStore _store = null!;

    public async ValueTask InitializeAsync() => _store = await SqliteArmsTradeStore.OpenAsync(_dir.File("trade.db"));

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync();
        _dir.Dispose();
    }

    private async Task<SipriFile> ImportAsync(params string[] relative)
    {
        var file = SipriReader.Shipped.Read(SharedData.Require(["sipri", .. relative]));
        await _store.ImportAsync(file, TestContext.Current.CancellationToken);
        return file;
    }

    [Fact]
    public async Task For_each_release_dyad_deliveries_summed_over_recipients_equal_the_exporter_table()
    {
        await ImportAsync("Andrei", "trade-register.csv");
        await ImportAsync("Andrei", "export-values_1990-2023.csv");
        var matrix = (await _store.MatrixAsync("2024-04-13", ActorRegistry.Shipped))!;
        var table = await _store.TableValuesAsync("2024-04-13", SipriLayout.ExporterTable);

        Assert.True(table.Count > 3000);
        var mismatches = table.Where(v => v.Tiv is not null)
            .Select(v => (v.Actor, v.Year, Table: v.Tiv!.Value, Register: matrix.Exports(v.Actor, v.Year)))
            .Where(x => x.Register is not null && Math.Abs(Math.Round(x.Register.Value) - x.Table) > 1)
            .Select(x => $"{x.Actor} {x.Year}: table {x.Table}, register {x.Register}")
            .ToList();
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} supplier-years differ by more than rounding: {string.Join("; ", mismatches.Take(10))}");
    }

    [Fact]
    public async Task Dyad_deliveries_summed_over_suppliers_equal_the_importer_table()
    {
        await ImportAsync("Andrei", "trade-register.csv");
        await ImportAsync("Andrei", "import-values_1990-2023.csv");
        var matrix = (await _store.MatrixAsync("2024-04-13", ActorRegistry.Shipped))!;
        var table = await _store.TableValuesAsync("2024-04-13", SipriLayout.ImporterTable);

        var mismatches = table.Where(v => v.Tiv is not null)
            .Select(v => (v.Actor, v.Year, Table: v.Tiv!.Value, Register: matrix.Imports(v.Actor, v.Year)))
            .Where(x => x.Register is not null && Math.Abs(Math.Round(x.Register.Value) - x.Table) > 1)
            .Select(x => $"{x.Actor} {x.Year}: table {x.Table}, register {x.Register}")
            .ToList();
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} recipient-years differ: {string.Join("; ", mismatches.Take(10))}");
    }

    [Fact]
    public async Task Two_releases_are_kept_side_by_side_and_reimporting_a_file_adds_nothing()
    {
        await ImportAsync("Andrei", "trade-register.csv");
        await ImportAsync("MJHofmann", "trade-register.csv");
        var again = await _store.ImportAsync(SipriReader.Shipped.Read(SharedData.Require("sipri", "Andrei", "trade-register.csv")), TestContext.Current.CancellationToken);

        Assert.True(again.AlreadyImported);
        var files = await _store.FilesAsync();
        Assert.Equal(["2024-10-13", "2024-04-13"], files.Select(f => f.Id));
        var april = await _store.DealsAsync("2024-04-13", "RUS", "CHN");
        var october = await _store.DealsAsync("2024-10-13", "RUS", "CHN");
        Assert.NotEmpty(april);
        Assert.Equal(97, october.Count);
        Assert.Contains(october, d => d.Designation == "Su-35S" && d.NumberOrdered == 24);
    }

    [Fact]
    public async Task Russia_China_2019_in_the_2024_release_is_computed_with_shares_and_rank()
    {
        await ImportAsync("Andrei", "trade-register.csv");
        var matrix = (await _store.MatrixAsync("2024-04-13", ActorRegistry.Shipped))!;

        var row = matrix.Indicators("RUS", "CHN", 2019)!;

        Assert.Equal(1, row.SupplierRank);
        Assert.InRange(row.Tiv, 1000m, 1200m);
        Assert.InRange(row.ShareOfRecipientImports!.Value, 70m, 90m);
        Assert.Null(matrix.Tiv("RUS", "CHN", 1989));
        Assert.Null(matrix.Tiv("RUS", "CHN", 1990));
    }
}
