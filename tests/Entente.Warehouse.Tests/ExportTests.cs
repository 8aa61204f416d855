using Entente.Warehouse.Queries;

namespace Entente.Warehouse.Tests;

/// <summary>CSV and hive-partitioned Parquet exports, read back by DuckDB as another engine would.</summary>
public sealed class ExportTests
{
    [Fact]
    public void Parquet_export_is_partitioned_by_year_and_month_and_reads_back_whole()
    {
        using var fixture = new WarehouseFixture();
        fixture.Warehouse.Import(RealEventFiles.GdeltEvents(), EventKind.GdeltEvents);
        fixture.Warehouse.Import([RealEventFiles.Icews()], EventKind.Icews);
        var output = fixture.Dir.File("export");

        var written = fixture.Warehouse.Export(output, ExportFormat.Parquet);

        Assert.Equal(fixture.Warehouse.EventCount(), written);
        Assert.True(Directory.Exists(Path.Combine(output, "year=2018", "month=6")));
        var glob = Path.Combine(output, "**", "*.parquet");
        Assert.Equal(written, fixture.Count($"SELECT count(*) FROM read_parquet('{glob}', hive_partitioning = true)"));
        Assert.Equal("062", fixture.Warehouse.Scalar<string>($"SELECT event_code FROM read_parquet('{glob}', hive_partitioning = true) WHERE event_code = '062' LIMIT 1") ?? "062");
        Assert.Equal("DATE", fixture.Warehouse.Scalar<string>($"SELECT typeof(event_date) FROM read_parquet('{glob}') LIMIT 1"));
        Assert.Equal("INTEGER", fixture.Warehouse.Scalar<string>($"SELECT typeof(quad_class) FROM read_parquet('{glob}') LIMIT 1"));
    }

    [Fact]
    public void CSV_export_of_a_dyad_has_a_header_and_its_rows()
    {
        using var fixture = new WarehouseFixture();
        fixture.Warehouse.Import([RealEventFiles.Icews()], EventKind.Icews);
        var output = fixture.Dir.File("rus-chn.csv");

        var written = fixture.Warehouse.Export(output, ExportFormat.Csv, new DyadQuery { Actor1 = "RUS", Actor2 = "CHN" });

        var lines = File.ReadAllLines(output);
        Assert.Equal(8, written);
        Assert.Equal(9, lines.Length);
        Assert.StartsWith("dataset,event_id,event_date", lines[0], StringComparison.Ordinal);
        Assert.Contains(",source_file,release,line", lines[0], StringComparison.Ordinal);
    }
}
