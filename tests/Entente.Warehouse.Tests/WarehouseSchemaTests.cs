using DuckDB.NET.Data;
using Entente.Testing;

namespace Entente.Warehouse.Tests;

/// <summary>The stored shape: term keys behind a view of strings, and warehouses of another schema refused with advice.</summary>
public sealed class WarehouseSchemaTests
{
    [Fact]
    public void A_warehouse_of_the_string_schema_is_refused_with_what_to_do_and_left_untouched()
    {
        using var dir = new TempDirectory();
        var path = dir.File("old.duckdb");
        using (var connection = new DuckDBConnection($"Data Source={path}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE warehouse_info (key VARCHAR, value VARCHAR); INSERT INTO warehouse_info VALUES ('schema', '1')";
            command.ExecuteNonQuery();
        }

        var before = File.ReadAllBytes(path);
        var error = Assert.Throws<WarehouseException>(() => EventWarehouse.Open(path));

        Assert.Contains("schema 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("import the event files again", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void Codes_are_stored_once_as_terms_and_read_back_as_strings_through_the_events_view()
    {
        using var fixture = new WarehouseFixture();
        fixture.Warehouse.Import([RealEventFiles.GdeltEvents()[2]], Readers.GdeltEvents);

        Assert.Equal("UINTEGER", fixture.Warehouse.Scalar<string>("SELECT data_type FROM information_schema.columns WHERE table_name = 'event_rows' AND column_name = 'event_code'"));
        Assert.Equal("VARCHAR", fixture.Warehouse.Scalar<string>("SELECT data_type FROM information_schema.columns WHERE table_name = 'events' AND column_name = 'event_code'"));
        Assert.Equal(fixture.Count("SELECT count(DISTINCT term) FROM terms"), fixture.Count("SELECT count(*) FROM terms"));
        Assert.Equal(fixture.Count("SELECT count(*) FROM terms"), fixture.Count("SELECT max(term_key) FROM terms"));
        Assert.Equal(fixture.Count("SELECT count(*) FROM event_rows"), fixture.Count("SELECT count(*) FROM events WHERE event_code SIMILAR TO '[0-9]{2,4}'"));
        Assert.Equal(fixture.Count("SELECT count(*) FROM event_rows WHERE actor1_name IS NULL"), fixture.Count("SELECT count(*) FROM events WHERE actor1_name IS NULL"));
    }
}
