using Entente.Cli.Hosting;
using Entente.Testing;
using Microsoft.Data.Sqlite;

namespace Entente.Cli.Tests.Commands;

/// <summary>Ctrl+C says truthfully what was kept: nothing, or the files a command had committed before it.</summary>
public sealed class CancellationTests
{
    [Fact]
    public async Task Interrupting_a_single_transaction_says_nothing_was_committed()
    {
        using var cli = new CliRun();
        Assert.Equal(0, (await cli.RunAsync("init")).ExitCode);
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        var result = await cli.RunAsync(cancel.Token, "import", "sipri", SharedData.Require("sipri", "Andrei", "export-values_1990-2023.csv"));

        Assert.Equal(ExitCodes.Cancelled, result.ExitCode);
        Assert.Contains("nothing had been committed", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, SipriFiles(cli.DbPath));
    }

    [Fact]
    public async Task Interrupting_after_a_committed_file_names_the_file_that_was_kept()
    {
        using var cli = new CliRun();
        Assert.Equal(0, (await cli.RunAsync("init")).ExitCode);
        using var cancel = new CancellationTokenSource();
        var small = SharedData.Require("sipri", "Andrei", "export-values_1990-2023.csv");
        var large = SharedData.Require("sipri", "Andrei", "trade-register.csv");

        // On its own thread: SQLite's async calls complete synchronously, so the import would not yield to this loop.
        var run = Task.Run(() => cli.RunAsync(cancel.Token, "import", "sipri", small, large), TestContext.Current.CancellationToken);
        while (!run.IsCompleted && SipriFiles(cli.DbPath) == 0)
        {
            await Task.Delay(2, TestContext.Current.CancellationToken);
        }

        await cancel.CancelAsync();
        var result = await run;

        Assert.Equal(ExitCodes.Cancelled, result.ExitCode);
        Assert.Contains("kept what was committed before the interruption: export-values_1990-2023.csv (SIPRI", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("nothing had been committed", result.Error, StringComparison.Ordinal);
        Assert.True(SipriFiles(cli.DbPath) >= 1);
    }

    /// <summary>SIPRI files committed to the store, read beside the running import (WAL lets a reader in).</summary>
    private static long SipriFiles(string db)
    {
        if (!File.Exists(db))
        {
            return 0;
        }

        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sipri_files;";
        try
        {
            return (long)command.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            // The table is created by the import's first migration; until then nothing is committed.
            return 0;
        }
    }
}
