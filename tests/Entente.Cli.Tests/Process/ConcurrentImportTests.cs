using Entente.Testing;

namespace Entente.Cli.Tests.Process;

/// <summary>Two imports into one warehouse: the second is told another import is running, in one line, and changes nothing.</summary>
public sealed class ConcurrentImportTests
{
    [Fact(Skip = "Hangs or fails after the 2026-11-29 integration: the first import no longer holds the warehouse while it waits on the FIFO (inputs are now checked before the warehouse opens). The 'another import is running' message itself is in EventWarehouse.Open.")]
    public async Task A_second_import_while_one_is_running_says_another_import_is_running()
    {
        using var cli = new CliRun();
        var warehouse = cli.Dir.File("events.duckdb");
        // The first import waits on a named pipe that nobody writes, holding the warehouse open (and locked) meanwhile.
        var pipe = cli.Dir.File("waiting.tab");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [pipe]))
        {
            await mkfifo.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        using var first = EntenteProcess.Start(cli.DbPath, "--warehouse", warehouse, "import", "icews", pipe);
        // Opening a FIFO for reading blocks until a writer opens it: open (and hold) the writing end, never writing.
        var writer = Task.Run(() => new FileStream(pipe, FileMode.Open, FileAccess.Write), TestContext.Current.CancellationToken);
        try
        {
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (!File.Exists(warehouse) && !first.HasExited && DateTime.UtcNow < deadline)
            {
                await Task.Delay(200, TestContext.Current.CancellationToken);
            }

            await Task.Delay(3000, TestContext.Current.CancellationToken);
            Assert.False(first.HasExited, await first.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken));

            var second = await cli.RunAsync("--warehouse", warehouse, "import", "icews", SharedData.Require("icews", "andybega", "events.2018.sample.tab"));

            Assert.Equal(1, second.ExitCode);
            Assert.Contains("another import is running into this warehouse", second.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("Could not set lock", second.Error, StringComparison.Ordinal);
        }
        finally
        {
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync(TestContext.Current.CancellationToken);
            if (writer.IsCompletedSuccessfully)
            {
                await (await writer).DisposeAsync();
            }
        }
    }
}
