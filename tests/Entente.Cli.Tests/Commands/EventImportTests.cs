using Entente.Testing;
using Spectre.Console.Testing;

namespace Entente.Cli.Tests.Commands;

/// <summary>`entente import gdelt|icews` as a user meets it: progress, refusals by name, interruptions told truthfully.</summary>
public sealed class EventImportTests
{
    private static string Icews() => SharedData.Require("icews", "andybega", "events.2018.sample.tab");

    [Fact]
    public async Task Progress_is_drawn_on_the_injected_error_console_with_the_file_name()
    {
        var progress = new TestConsole().Width(200).Interactive();
        using var cli = new CliRun { ErrorConsole = progress };

        var result = await cli.RunAsync("import", "icews", Icews());

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.True(progress.Output.Contains("events.2018.sample.tab", StringComparison.Ordinal), $"[{progress.Output}]");
    }

    [Fact]
    public async Task No_progress_is_drawn_when_stderr_is_not_a_terminal()
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("import", "icews", Icews());

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.DoesNotContain("%", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_SQLite_file_as_the_warehouse_is_refused_in_one_line_and_left_untouched()
    {
        using var cli = new CliRun();
        await cli.RunAsync("init");
        var before = File.ReadAllBytes(cli.DbPath);

        var result = await cli.RunAsync("--warehouse", cli.DbPath, "import", "icews", Icews());

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is not an Entente event warehouse: it is a SQLite database", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(cli.DbPath));
    }

    [Fact]
    public async Task An_interrupted_import_that_kept_nothing_says_the_warehouse_is_unchanged_and_exits_130()
    {
        using var cli = new CliRun();
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        var result = await cli.RunAsync(cancel.Token, "import", "icews", Icews());

        Assert.Equal(130, result.ExitCode);
        Assert.Contains("cancelled; the warehouse is unchanged", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ICEWS_file_given_to_import_gdelt_is_named_with_the_command_to_use()
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("import", "gdelt", Icews());

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("looks like icews events data: import it with 'entente import icews'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Events_honour_the_global_csv_option()
    {
        using var cli = new CliRun();
        await cli.RunAsync("import", "icews", Icews());

        var csv = await cli.RunAsync("events", "RUS", "CHN", "--csv");
        var format = await cli.RunAsync("events", "RUS", "CHN", "--format", "csv");

        Assert.True(csv.ExitCode == 0, csv.Error);
        Assert.StartsWith("dyad,period,events,", csv.Out, StringComparison.Ordinal);
        Assert.Equal(format.Out, csv.Out);
    }

    [Fact]
    public async Task A_named_pipe_is_refused_in_one_line_as_not_a_regular_file()
    {
        using var cli = new CliRun();
        var pipe = cli.Dir.File("stream.tab");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [pipe]))
        {
            await mkfifo.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        // Opening a FIFO blocks until both ends are open: hold the writing end, write nothing.
        var writer = Task.Run(() => new FileStream(pipe, FileMode.Open, FileAccess.Write), TestContext.Current.CancellationToken);
        var result = await cli.RunAsync("import", "icews", pipe);
        await (await writer).DisposeAsync();

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("entente:", StringComparison.Ordinal));
        Assert.Contains("is a pipe or a device, not a regular file", line, StringComparison.Ordinal);
        Assert.DoesNotContain("defect", result.Error, StringComparison.Ordinal);
    }
}
