using Entente.Warehouse.Queries;

namespace Entente.Warehouse;

/// <summary>Export formats for event data.</summary>
public enum ExportFormat
{
    Csv,
    Parquet,
}

public sealed partial class EventWarehouse
{
    /// <summary>
    /// Exports events (all, or a dyad's) to CSV (one file with a header) or Parquet hive-partitioned by year and month
    /// (`year=2019/month=10/*.parquet`), which Spark, Trino, ClickHouse and BigQuery read as one table. Returns the rows written.
    /// </summary>
    public long Export(string output, ExportFormat format, DyadQuery? dyad = null) => Guard($"export to {output}", () => WriteExport(output, format, dyad));

    private long WriteExport(string output, ExportFormat format, DyadQuery? dyad)
    {
        var (where, parameters) = dyad is null ? ("TRUE", Array.Empty<object?>()) : Filter(dyad, dyadEvents: false);
        // Every column of the `events` view with portable types (quad_class as INTEGER, not DuckDB's UTINYINT), then the file and release.
        var select = $"""
            SELECT e.* EXCLUDE (line) REPLACE (CAST(e.quad_class AS INTEGER) AS quad_class), i.name AS source_file, i.release, e.line,
                   year(e.event_date) AS year, month(e.event_date) AS month
            FROM ({DecodedEvents(where)}) e JOIN imports i ON i.import_id = e.import_id
            ORDER BY e.event_date, e.dataset, e.event_id
            """;
        var target = System.IO.Path.GetFullPath(output).Replace("'", "''", StringComparison.Ordinal);
        var options = format == ExportFormat.Parquet
            ? "FORMAT parquet, COMPRESSION zstd, PARTITION_BY (year, month), OVERWRITE_OR_IGNORE"
            : "FORMAT csv, HEADER";
        if (format == ExportFormat.Csv)
        {
            select = $"SELECT * EXCLUDE (year, month) FROM ({select})";
        }

        Execute($"COPY ({select}) TO '{target}' ({options})", parameters);
        return Scalar<long>($"SELECT count(*) FROM event_rows WHERE {where}", parameters);
    }
}
