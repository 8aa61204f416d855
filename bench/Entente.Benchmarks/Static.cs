namespace Entente.Benchmarks;

/// <summary>The fixed part of bench/README.md: how the measurement is made, why the numbers are what they are, and scale-out.</summary>
internal static class Static
{
    public const string Text = """
        ## How the ingest path is built, and where its time goes

        - **Two threads, bounded memory.** One thread parses with Sep (tab-separated, quotes off, every column of every row
          validated: id, dates, CAMEO code, Goldstein, counts, tone, coordinates) into reusable column batches of 16 384
          events holding UTF-8 bytes, not strings; the other writes them. Four batches are in flight at most, so the memory
          an import holds does not grow with the file (compare the peak memory column across sizes). DuckDB's memory limit
          is set to 512 MB for the warehouse connection.
        - **DuckDB's C API, not row appends.** The writer fills DuckDB data chunks in place (`duckdb_data_chunk` vectors:
          fixed-width values stored straight into vector memory, strings up to 12 bytes inlined, longer ones copied once)
          and hands them to the appender; DuckDB.NET's row appender costs several times more per value
          (`src/Entente.Warehouse/Ingest/ChunkWriter.cs`).
        - **Deduplication without a hash join over the table.** Each batch's GLOBALEVENTID range is looked up in the
          committed warehouse (DuckDB's zone maps skip every row group outside the range, so new data costs next to nothing)
          and against the ranges already written from the same file; only overlapping ranges fetch ids. Re-importing a file
          already imported whole is skipped by its fingerprint before any parsing.
        - **What bounds it.** A profile of a 1 M import (Stopwatch around each stage, same loaded machine, 17.6 s in all) had
          the writing thread inside DuckDB's appender calls for about 13 s — DuckDB copying the chunks into its buffers and
          compressing them into row groups (dictionary and FSST for the strings) — with 0.4 s in deduplication and 0.3 s in
          the commit, while Sep alone reads the same file in about a second. The DuckDB side sets the pace, and within it the
          string columns: 21 of the 39 stored columns are strings (codes, names, place, URL); a trial storing the URL as NULL
          cut the import by about a quarter. DuckDB's own `read_csv` loader pays the same kind of storage cost for 61 columns.
        - **Where more speed would come from.** Storing the low-cardinality code columns (CAMEO codes, country and type
          codes, actor ids) as integer keys into small dictionary tables, as `actor_keys` already does for actor ids, would
          take most of the string work off DuckDB; more cores would let DuckDB compress row groups in parallel with parsing.
        - **Queries.** Actor ids are also stored as small integer keys (`actor1_key`, `actor2_key`, and `dyad_key` for the
          undirected pair), and "distinct events" as a 64-bit signature, so a dyad series filters and counts integers.
          Rows are stored in file order, so a dyad's events are spread over every row group and a series still scans the
          `dyad_key` column of the whole table: latency grows linearly with the warehouse (see the table). Keeping a
          dyad-sorted copy of older months (or a per-dyad, per-month aggregate) would make it independent of size.

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
        dotnet run -c Release --project bench/Entente.Benchmarks -- --sizes 1000000 --work /data/tmp
        ```

        Inputs are generated into `--work` (default the system temp folder) and deleted after each size. The run reads the
        template export from `../shared/data/gdelt/arekziobrowski/` (or `--template FILE`). It is not part of `dotnet test`.

        """;
}
