using Entente.Cli.Hosting;

namespace Entente.Cli.Tests.Commands;

public sealed class StoreLocatorTests
{
    [Fact]
    public void The_warehouse_sits_beside_the_evidence_store_unless_told_otherwise()
    {
        var store = Path.Combine(Path.GetTempPath(), "cases", "entente.db");

        Assert.Equal(Path.Combine(Path.GetTempPath(), "cases", "events.duckdb"), StoreLocator.Warehouse(null, store, _ => null));
        Assert.Equal("/data/w.duckdb", StoreLocator.Warehouse(null, store, v => v == StoreLocator.WarehouseVariable ? "/data/w.duckdb" : null));
        Assert.Equal("x.duckdb", StoreLocator.Warehouse("x.duckdb", store, v => v == StoreLocator.WarehouseVariable ? "/data/w.duckdb" : null));
    }

    [Fact]
    public async Task The_warehouse_option_moves_the_warehouse()
    {
        using var cli = new CliRun();
        var path = Path.Combine(cli.Dir.Path, "elsewhere", "w.duckdb");

        var result = await cli.RunAsync("events", "RUS", "CHN", "--warehouse", path);

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(path));
        Assert.False(File.Exists(cli.Dir.File("events.duckdb")));
    }
}
