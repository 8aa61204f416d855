using System.Globalization;
using Entente.Events;
using Entente.Warehouse;

namespace Entente.Benchmarks;

/// <summary>
/// The explanatory part of bench/README.md: how the ingest path is built, scale-out, reproducing. It states no
/// measured figure; the settings it names are read from the code's own defaults.
/// </summary>
internal static class Static
{
    public static string Text() => Template
        .Replace("{batch}", EventBatch.DefaultCapacity.ToString("N0", CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{batches}", EventWarehouseOptions.Default.PipelineBatches.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{run}", EventWarehouseOptions.Default.DyadRun.ToString("N0", CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{memory}", Measure.MemoryLimit, StringComparison.Ordinal)
        .Replace("{commit}", EventWarehouseOptions.Default.CommitEvery.ToString("N0", CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private const string Template = """
        ## How the ingest path is built, and where its time goes

        - **Two threads, bounded memory.** One thread parses with Sep (tab-separated, quotes off, every column of every row
          validated: id, dates, CAMEO code, Goldstein, counts, tone, coordinates; plain numbers and dates take a direct
          path that gives the framework parsers' results; out-of-range values rejected) into reusable column batches of
          {batch} events; the other writes them. {batches} batches are in flight at most, dyad rows are sorted in runs of
          {run}, and a file is committed every {commit} rows, so the memory an import holds does not grow with the file
          (compare the peak memory column across sizes). DuckDB's memory limit is {memory}.
        - **Codes as term keys.** Codes, registry actor ids, names, places and publishers go into the batches as integer
          keys of a term table held by the parser (a hash lookup per field, no UTF-8 copy), and are stored as UINTEGER
          columns; each string is stored once, in `terms`. Only the source URL and ICEWS's event sentence stay strings.
          The `events` view gives every column back as text, so exports and ad-hoc SQL see codes with their leading zeros.
          The first version stored 21 string columns: compressing them (dictionary, FSST) and keeping their statistics
          was most of DuckDB's work.
        - **DuckDB's C API, not row appends.** The writer fills DuckDB data chunks in place (`duckdb_data_chunk` vectors:
          fixed-width values stored straight into vector memory, strings up to 12 bytes inlined, longer ones copied once)
          and hands them to the appender; DuckDB.NET's row appender costs several times more per value
          (`src/Entente.Warehouse/Ingest/ChunkWriter.cs`).
        - **Deduplication without a hash join over the table.** Each batch's GLOBALEVENTID range is looked up in the
          committed warehouse (DuckDB's zone maps skip every row group outside the range, so new data costs next to nothing)
          and against the ranges already written from the same file; only overlapping ranges fetch ids. Re-importing a file
          already imported whole is skipped by its fingerprint before any parsing.
        - **What bounds it.** The writing side. The "DuckDB's share" line under the results times the writer alone on
          batches parsed beforehand: it is most of the whole ingest, so a faster parser would gain little. Within it,
          DuckDB's appender copies each chunk into its buffers, keeps per-column statistics and compresses full row groups,
          a cost that grows with the number of stored values: 35 per event, plus 15 per event in `dyad_events`. DuckDB's
          own `read_csv` loaders pay the same kind of storage cost. With 2 cores there is no idle core to give the writer a
          second connection; the targets of 3× DuckDB's naive loader and 25 % of the parse ceiling are out of reach of any
          design that stores every event in DuckDB's native format on this machine, and the table says by how much they
          are missed.
        - **Queries.** `dyad_events` holds the series columns (dyad key, actors, date, dataset, code, actor types,
          QuadClass, Goldstein, counts, tone, and a 64-bit signature for "distinct events") of every event between two
          registry actors, written in the import's transaction and sorted by (dyad, date) within each run. DuckDB's zone
          maps then skip the row groups of other dyads, and the columns are read only for the vectors holding the dyad's
          rows, so a monthly series reads a small part of the warehouse instead of all of it: its latency grows with the
          number of runs, not with the number of events. Series queries are answered from it, with their code, type and
          dataset filters turned into integer key lists first.

        ## Beyond one machine: the same queries on the Parquet layout

        GDELT's full history is over a billion events: more than one laptop should hold, and more than one DuckDB file should
        scan for every question. `entente events export --format parquet --out DIR` writes the warehouse as Parquet files
        partitioned Hive-style, `DIR/year=YYYY/month=M/data_0.parquet`, with portable types (DATE, TIMESTAMP, DOUBLE,
        INTEGER, strings — codes keep their leading zeros) and the provenance columns (`source_file`, `release`, `line`).
        Spark (`spark.read.parquet(DIR)`), Trino/Presto (a Hive-connector external table over the folder), ClickHouse
        (`s3Cluster`/`file` with `hive_partitioning`), BigQuery (external table with hive partitioning) and DuckDB itself
        (`read_parquet('DIR/**/*.parquet', hive_partitioning = true)`) read it unchanged as one table with `year` and `month`
        columns. The dyad series is then one SQL statement:

        ```sql
        SELECT date_trunc('month', event_date) AS period, count(*) AS events,
               count(DISTINCT (event_date, actor1_code, actor2_code, event_code, action_place)) AS distinct_events,
               sum(coalesce(num_articles, 1)) AS articles, avg(goldstein) AS mean_goldstein, avg(avg_tone) AS mean_tone
        FROM events                      -- the Parquet folder as an external table
        WHERE ((actor1_id = 'RUS' AND actor2_id = 'CHN') OR (actor1_id = 'CHN' AND actor2_id = 'RUS'))
          AND year BETWEEN 2015 AND 2024 -- partition pruning: only these folders are read
          AND starts_with(event_code, '06')
        GROUP BY 1 ORDER BY 1;
        ```

        Partition pruning on `year`/`month` limits a period query to its folders; Parquet row-group statistics do the rest
        inside each file. The partitions are append-only: exporting new months adds folders without rewriting old ones.

        ## Reproducing

        ```sh
        dotnet run -c Release --project bench/Entente.Benchmarks                       # 1 M, 10 M, 50 M; needs ~70 GB free in /tmp
        dotnet run -c Release --project bench/Entente.Benchmarks -- --sizes 1000000,10000000   # the two smaller sizes
        dotnet run -c Release --project bench/Entente.Benchmarks -- --sizes 1000000 --work /data/tmp
        dotnet run -c Release --project bench/Entente.Benchmarks -- --render           # rewrite the text from bench/results.json
        ```

        Inputs are generated into `--work` (default the system temp folder) and deleted after each size. The run reads the
        template export from `../shared/data/gdelt/arekziobrowski/` (or `--template FILE`). It is not part of `dotnet test`.

        """;
}
