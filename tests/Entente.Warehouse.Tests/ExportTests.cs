using Entente.Warehouse.Queries;

namespace Entente.Warehouse.Tests;

/// <summary>CSV and hive-partitioned Parquet exports, read back by DuckDB as another engine would.</summary>
public sealed class ExportTests
{
    [Fact]
    public void Parquet_export_is_partitioned_by_year_and_month_and_reads_back_whole()
    {
        using var fixture = new WarehouseFixture();
        fixture.Warehouse.Import(RealEventFiles.GdeltEvents(), Readers.GdeltEvents);
        fixture.Warehouse.Import([RealEventFiles.Icews()], Readers.Icews);
        var output = fixture.Dir.File("export");

        var written = fixture.Warehouse.Export(output, ExportFormat.Parquet);

        Assert.Equal(fixture.Warehouse.EventCount(), written);
        Assert.True(Directory.Exists(Path.Combine(output, "year=2018", "month=6")));
        var glob = Path.Combine(output, "**", "*.parquet");
        Assert.Equal(written, fixture.Count($"SELECT count(*) FROM read_parquet('{glob}', hive_partitioning = true)"));
        // Codes keep their leading zeros: every row whose code starts with 0 in the files does so in the Parquet.
        var leadingZero = RealEventFiles.GdeltEvents().Sum(f => RealEventFiles.GdeltRows(f).Count(c => c[26].StartsWith('0'))) + RealEventFiles.IcewsRows().Count(c => c[6].StartsWith('0'));
        Assert.True(leadingZero > 0);
        Assert.Equal(leadingZero, fixture.Count($"SELECT count(*) FROM read_parquet('{glob}', hive_partitioning = true) WHERE event_code LIKE '0%'"));
        Assert.Equal("DATE", fixture.Warehouse.Scalar<string>($"SELECT typeof(event_date) FROM read_parquet('{glob}') LIMIT 1"));
        Assert.Equal("INTEGER", fixture.Warehouse.Scalar<string>($"SELECT typeof(quad_class) FROM read_parquet('{glob}') LIMIT 1"));
    }

    [Fact]
    public void CSV_export_of_a_dyad_has_a_header_and_its_rows()
    {
        using var fixture = new WarehouseFixture();
        fixture.Warehouse.Import([RealEventFiles.Icews()], Readers.Icews);
        var output = fixture.Dir.File("rus-chn.csv");

        var written = fixture.Warehouse.Export(output, ExportFormat.Csv, new DyadQuery { Actor1 = "RUS", Actor2 = "CHN" });

        var lines = File.ReadAllLines(output);
        Assert.Equal(8, written);
        Assert.Equal(9, lines.Length);
        Assert.StartsWith("dataset,event_id,event_date", lines[0], StringComparison.Ordinal);
        Assert.Contains(",source_file,release,line", lines[0], StringComparison.Ordinal);
    }
}
