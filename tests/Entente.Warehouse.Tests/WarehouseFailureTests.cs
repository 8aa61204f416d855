using DuckDB.NET.Data;
using Entente.Testing;

namespace Entente.Warehouse.Tests;

/// <summary>Every way the warehouse can fail is a <see cref="WarehouseException"/> that names the file and says what to do.</summary>
public sealed class WarehouseFailureTests
{
    [Fact]
    public void A_column_type_edited_in_the_table_stops_the_writer_before_it_writes()
    {
        using var fixture = new WarehouseFixture();
        fixture.Warehouse.Execute("ALTER TABLE event_rows ALTER goldstein TYPE VARCHAR");

        var error = Assert.Throws<WarehouseException>(() => fixture.Warehouse.Import([RealEventFiles.GdeltEvents()[2]], Readers.GdeltEvents));

        Assert.Contains("event_rows", error.Message, StringComparison.Ordinal);
        Assert.Contains("goldstein Varchar", error.Message, StringComparison.Ordinal);
        Assert.Contains("goldstein Double", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, fixture.Warehouse.EventCount());
        // The writer failed while the parser was running: the transaction was rolled back, the connection is usable at once.
        Assert.Equal(0, fixture.Count("SELECT count(*) FROM imports"));
    }

    [Fact]
    public void A_column_added_in_the_middle_of_a_table_is_refused_by_name()
    {
        using var fixture = new WarehouseFixture();
        fixture.Warehouse.Execute("ALTER TABLE dyad_events RENAME COLUMN goldstein TO intensity");

        var error = Assert.Throws<WarehouseException>(() => fixture.Warehouse.Import([RealEventFiles.GdeltEvents()[2]], Readers.GdeltEvents));

        Assert.Contains("dyad_events", error.Message, StringComparison.Ordinal);
        Assert.Contains("intensity Double", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, fixture.Warehouse.EventCount());
    }

    [Fact]
    public void A_SQLite_file_given_as_the_warehouse_is_refused_as_not_a_warehouse_and_left_untouched()
    {
        using var dir = new TempDirectory();
        var path = dir.File("evidence.db");
        File.WriteAllBytes(path, [.. "SQLite format 3\0"u8.ToArray(), .. new byte[4080]]);
        var before = File.ReadAllBytes(path);

        var error = Assert.Throws<WarehouseException>(() => EventWarehouse.Open(path));

        Assert.Contains("is not an Entente event warehouse: it is a SQLite database", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void Extensions_are_never_installed_or_loaded_on_their_own()
    {
        using var fixture = new WarehouseFixture();

        Assert.Equal("false", fixture.Warehouse.Scalar<string>("SELECT current_setting('autoinstall_known_extensions')::VARCHAR"));
        Assert.Equal("false", fixture.Warehouse.Scalar<string>("SELECT current_setting('autoload_known_extensions')::VARCHAR"));
    }

    [Fact]
    public void A_warehouse_written_by_a_newer_Entente_is_refused_with_advice_to_update()
    {
        using var dir = new TempDirectory();
        var path = dir.File("newer.duckdb");
        using (var connection = new DuckDBConnection($"Data Source={path}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE TABLE warehouse_info (key VARCHAR, value VARCHAR); INSERT INTO warehouse_info VALUES ('schema', '{EventWarehouse.SchemaVersion + 1}')";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<WarehouseException>(() => EventWarehouse.Open(path));

        Assert.Contains("written by a newer Entente", error.Message, StringComparison.Ordinal);
        Assert.Contains("Update Entente", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_term_table_is_refused_with_what_to_do()
    {
        using var fixture = new WarehouseFixture();
        fixture.Warehouse.Import([RealEventFiles.Icews()], Readers.Icews);
        fixture.Warehouse.Execute("DELETE FROM terms WHERE term_key = 3");

        var error = Assert.Throws<WarehouseException>(() => fixture.Warehouse.Import([RealEventFiles.GdeltEvents()[2]], Readers.GdeltEvents));

        Assert.Contains("terms table is damaged", error.Message, StringComparison.Ordinal);
        Assert.Contains(fixture.Warehouse.Path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_imported_as_events_and_passed_again_as_mentions_is_refused_by_name()
    {
        using var fixture = new WarehouseFixture();
        var file = RealEventFiles.GdeltEvents()[2];
        fixture.Warehouse.Import([file], Readers.GdeltEvents);

        var again = Assert.Single(fixture.Warehouse.Import([file], Readers.GdeltMentions));

        Assert.Equal(FileImportStatus.Rejected, again.Status);
        Assert.True(again.HasProblems);
        Assert.Contains("was imported as gdelt events", Assert.Single(again.Examples).Reason, StringComparison.Ordinal);
        Assert.Contains("not gdelt mentions", again.Examples[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Cancelling_after_committed_steps_says_how_many_events_stay()
    {
        using var fixture = new WarehouseFixture(new EventWarehouseOptions { CommitEvery = 1_000 });
        using var cancel = new CancellationTokenSource();
        var progress = new Cancel(cancel, afterRows: 1_500);

        var error = Assert.Throws<EventImportInterruptedException>(() =>
            fixture.Warehouse.Import([RealEventFiles.GdeltEvents()[2]], Readers.GdeltEvents, progress, cancel.Token));

        Assert.True(error.Committed > 0);
        Assert.Equal(fixture.Warehouse.EventCount(), error.Committed);
        Assert.Contains($"{error.Committed} event(s) the interrupted file committed in steps", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("unchanged", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cancelling_before_any_commit_says_the_warehouse_is_unchanged()
    {
        using var fixture = new WarehouseFixture();
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        var error = Assert.Throws<EventImportInterruptedException>(() =>
            fixture.Warehouse.Import([RealEventFiles.GdeltEvents()[2]], Readers.GdeltEvents, null, cancel.Token));

        Assert.Equal(0, error.Committed);
        Assert.Contains("unchanged", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, fixture.Warehouse.EventCount());
    }

    /// <summary>Cancels the import once it has reported at least <paramref name="afterRows"/> rows written.</summary>
    private sealed class Cancel(CancellationTokenSource source, long afterRows) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            if (value.Rows >= afterRows)
            {
                source.Cancel();
            }
        }
    }
}
