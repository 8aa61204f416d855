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
    /// <summary>The exported columns: every stored column, with portable types (quad_class as INTEGER, not DuckDB's UTINYINT).</summary>
    private const string ExportColumns = """
        e.dataset, event_id, event_date, date_added, actor1_id, actor1_code, actor1_name, actor1_country, actor1_type, actor1_sectors,
        actor2_id, actor2_code, actor2_name, actor2_country, actor2_type, actor2_sectors, is_root_event, event_code, event_base_code,
        event_root_code, CAST(quad_class AS INTEGER) AS quad_class, goldstein, num_mentions, num_sources, num_articles, avg_tone, event_text,
        action_country, action_place, action_lat, action_long, publisher, source_url, e.import_id, i.name AS source_file, i.release, line
        """;

    /// <summary>
    /// Exports events (all, or a dyad's) to CSV (one file with a header) or Parquet hive-partitioned by year and month
    /// (`year=2019/month=10/*.parquet`), which Spark, Trino, ClickHouse and BigQuery read as one table. Returns the rows written.
    /// </summary>
    public long Export(string output, ExportFormat format, DyadQuery? dyad = null)
    {
        var (where, parameters) = dyad is null ? ("TRUE", Array.Empty<object?>()) : Filter(dyad);
        var source = dyad is null ? "events" : Source(dyad);
        var select = $"SELECT {ExportColumns}, year(event_date) AS year, month(event_date) AS month FROM {source} e JOIN imports i USING (import_id) WHERE {where} ORDER BY event_date, e.dataset, event_id";
        var target = System.IO.Path.GetFullPath(output).Replace("'", "''", StringComparison.Ordinal);
        var options = format == ExportFormat.Parquet
            ? "FORMAT parquet, COMPRESSION zstd, PARTITION_BY (year, month), OVERWRITE_OR_IGNORE"
            : "FORMAT csv, HEADER";
        if (format == ExportFormat.Csv)
        {
            select = $"SELECT * EXCLUDE (year, month) FROM ({select})";
        }

        Execute($"COPY ({select}) TO '{target}' ({options})", parameters);
        return Scalar<long>($"SELECT count(*) FROM {source} e WHERE {where}", parameters);
    }
}
