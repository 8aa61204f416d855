using Entente.Actors;
using Entente.ArmsTrade;
using Entente.Import.Sipri;
using Entente.Storage.ArmsTrade;
using Entente.Testing;

namespace Entente.Storage.Tests.ArmsTrade;

/// <summary>The deals behind a figure, on the real register: they add up to the dyad's figure and to SIPRI's own importer table.</summary>
public sealed class SipriDealTests : IAsyncLifetime
{
    private const string Release = "2024-04-13";
    private readonly TempDirectory _dir = new();
    private SqliteArmsTradeStore _store = null!;

    public async ValueTask InitializeAsync() => _store = await SqliteArmsTradeStore.OpenAsync(_dir.File("trade.db"));

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync();
        _dir.Dispose();
    }

    private async Task ImportAsync(params string[] relative)
    {
        using var reading = SipriReader.Shipped.Open(SharedData.Require(["sipri", .. relative]));
        var summary = await _store.ImportAsync(reading.Release, reading.Batches(), reading.Outcome, TestContext.Current.CancellationToken);
        Assert.True(summary.Stored);
    }

    [Fact]
    public async Task The_deals_behind_Russia_to_China_in_each_year_add_up_to_the_years_figure()
    {
        await ImportAsync("Andrei", "trade-register.csv");
        var matrix = (await _store.MatrixAsync(Release, ActorRegistry.Shipped))!;

        foreach (var year in Enumerable.Range(1992, 32))
        {
            var deals = await _store.DealsAsync(Release, new DealQuery("RUS", "CHN") { Year = year }, TestContext.Current.CancellationToken);
            var row = matrix.Indicators("RUS", "CHN", year)!;
            Assert.Equal(row.Tiv, deals.Sum(d => d.Tiv ?? 0));
            Assert.Equal(row.Deals, deals.Select(d => d.Deal.Key).Order(StringComparer.Ordinal));
        }

        var y2018 = await _store.DealsAsync(Release, new DealQuery("RUS", "CHN") { Year = 2018 }, TestContext.Current.CancellationToken);
        Assert.Contains(y2018, d => d.Deal.Designation == "Su-35S" && d.Delivered == 10 && d.Tiv == 600m);
    }

    [Fact]
    public async Task The_deals_of_every_supplier_of_China_add_up_to_SIPRIs_importer_table()
    {
        await ImportAsync("Andrei", "trade-register.csv");
        await ImportAsync("Andrei", "import-values_1990-2023.csv");
        var matrix = (await _store.MatrixAsync(Release, ActorRegistry.Shipped))!;
        var table = (await _store.TableValuesAsync(Release, SipriLayout.ImporterTable)).Where(v => v.Actor == "CHN" && v.Tiv is not null).ToList();

        Assert.Equal(34, table.Count);
        foreach (var cell in table.Where(v => v.Year >= 2014))
        {
            decimal sum = 0;
            foreach (var (supplier, _) in matrix.Suppliers("CHN", cell.Year, cell.Year))
            {
                sum += (await _store.DealsAsync(Release, new DealQuery(supplier, "CHN") { Year = cell.Year }, TestContext.Current.CancellationToken)).Sum(d => d.Tiv ?? 0);
            }

            Assert.True(Math.Abs(Math.Round(sum) - cell.Tiv!.Value) <= 1, $"{cell.Year}: deals {sum}, SIPRI's table {cell.Tiv}");
        }
    }

    [Fact]
    public async Task Text_narrows_the_deals_and_without_a_year_TIV_is_all_a_deal_delivered()
    {
        await ImportAsync("Andrei", "trade-register.csv");

        var s400 = await _store.DealsAsync(Release, new DealQuery("RUS", "CHN") { Text = "sam system" }, TestContext.Current.CancellationToken);

        Assert.NotEmpty(s400);
        Assert.All(s400, d => Assert.Contains("SAM system", d.Deal.Description, StringComparison.OrdinalIgnoreCase));
        var triumf = s400.Single(d => d.Deal.Key == "35232");
        Assert.Equal(triumf.Deal.TivDelivered, triumf.Tiv);
        Assert.Equal([2018, 2019], triumf.Deal.DeliveryYears);
    }

    [Fact]
    public async Task A_file_refused_while_streaming_leaves_nothing_in_the_store()
    {
        using var dir = new TempDirectory();
        var fixture = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Sipri", "valid-register.csv"));
        var path = dir.Write("dup.csv", string.Join('\n', fixture.Concat(fixture.Skip(6))) + "\n");
        using var reading = SipriReader.Shipped.Open(path);

        var summary = await _store.ImportAsync(reading.Release, reading.Batches(1), reading.Outcome, TestContext.Current.CancellationToken);

        Assert.False(summary.Stored);
        Assert.Equal(3, summary.Outcome.RejectedCount);
        Assert.Empty(await _store.FilesAsync(TestContext.Current.CancellationToken));
        Assert.Empty(await _store.DealsAsync("2020-03-02", "RUS", "CHN", TestContext.Current.CancellationToken));
    }
}
