using Entente.Testing;
using Entente.Warehouse;

namespace Entente.Cli.Tests.Process;

/// <summary>Two Ententes on one warehouse: the second is told another import is running, in one line, and changes nothing.</summary>
public sealed class ConcurrentImportTests
{
    [Fact]
    public async Task A_second_import_while_another_process_holds_the_warehouse_says_another_import_is_running()
    {
        using var cli = new CliRun();
        var warehouse = cli.Dir.File("events.duckdb");
        var sample = SharedData.Require("icews", "andybega", "events.2018.sample.tab");
        Assert.Equal(0, (await cli.RunAsync("--warehouse", warehouse, "import", "icews", sample)).ExitCode);
        long before;

        // This test process plays the running import: it holds the warehouse open, and with it DuckDB's file lock.
        using (var running = EventWarehouse.Open(warehouse))
        {
            before = running.EventsPerYear().Values.Sum();
            var second = await EntenteProcess.RunAsync(cli.DbPath, "--warehouse", warehouse, "import", "icews", sample);

            Assert.Equal(1, second.ExitCode);
            var line = Assert.Single(second.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("another import is running into this warehouse", line, StringComparison.Ordinal);
            Assert.DoesNotContain("Could not set lock", second.Error, StringComparison.Ordinal);
        }

        using var after = EventWarehouse.Open(warehouse);
        Assert.Equal(before, after.EventsPerYear().Values.Sum());
    }
}
