using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using DuckDB.NET.Data;
using Entente.Import.Gdelt;
using Entente.Warehouse;
using Entente.Warehouse.Queries;
using nietras.SeparatedValues;

namespace Entente.Benchmarks;

/// <summary>One measurement, run in a child process of its own: what it took and the process's peak resident memory.</summary>
internal sealed record Measurement(string Kind, double Seconds, long Rows, long InputBytes, long StoreBytes, long PeakRssBytes, double MedianMs = 0, double P90Ms = 0, double FilteredMedianMs = 0);

internal static class Measure
{
    /// <summary>Runs `Entente.Benchmarks measure KIND ARGS` as a child process and reads its one-line JSON answer.</summary>
    public static Measurement InChild(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add(typeof(Measure).Assembly.Location);
        info.ArgumentList.Add("measure");
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var line = output.Split('\n').LastOrDefault(l => l.StartsWith('{'))
            ?? throw new InvalidOperationException($"measure {string.Join(' ', args)} failed (exit {process.ExitCode}): {output}");
        return JsonSerializer.Deserialize<Measurement>(line)!;
    }

    public static Measurement Run(string[] args)
    {
        var kind = args[0];
        return kind switch
        {
            "ingest" => Ingest(args[1], args[2]),
            "duckdb" => DuckDbBaseline(args[1], args[2]),
            "duckdb-typed" => DuckDbTyped(args[1], args[2]),
            "sep" => SepParse(args[1]),
            "query" => Query(args[1]),
            "floor" => StorageFloor.Run(args[1], args[2]),
            _ => throw new ArgumentException($"unknown measurement {kind}"),
        };
    }

    /// <summary>The warehouse options of a measured ingest: the defaults, with the DuckDB memory limit every measurement shares.</summary>
    public static EventWarehouseOptions Options => EventWarehouseOptions.Default with { MemoryLimit = MemoryLimit };

    /// <summary>DuckDB's memory limit, the same for Entente and both DuckDB baselines (ENTENTE_BENCH_MEMORY overrides it).</summary>
    public static string MemoryLimit => Environment.GetEnvironmentVariable("ENTENTE_BENCH_MEMORY") ?? EventWarehouseOptions.Default.MemoryLimit;

    /// <summary>Entente's import, from opening the warehouse to its final checkpoint and close (as the baselines are timed).</summary>
    private static Measurement Ingest(string file, string warehousePath)
    {
        var clock = Stopwatch.StartNew();
        FileImport result;
        using (var warehouse = EventWarehouse.Open(warehousePath, Options))
        {
            result = warehouse.Import([file], new GdeltEventReader(warehouse.Actors)).Single();
            warehouse.Bytes();
        }

        clock.Stop();
        if (result.Rejected > 0 || result.Status != FileImportStatus.Complete)
        {
            throw new InvalidOperationException($"ingest rejected {result.Rejected} rows: {string.Join("; ", result.Examples)}");
        }

        return new Measurement("ingest", clock.Elapsed.TotalSeconds, result.Added, new FileInfo(file).Length, new FileInfo(warehousePath).Length, PeakRss());
    }

    /// <summary>DuckDB's own loader, naive: CREATE TABLE AS SELECT * FROM read_csv(...) into a new persistent file (61 columns as auto-detected).</summary>
    private static Measurement DuckDbBaseline(string file, string databasePath) =>
        DuckDb("duckdb", file, databasePath, [$"CREATE TABLE events AS SELECT * FROM read_csv('{file}', delim = '\t', header = false, quote = '', escape = '')"]);

    /// <summary>
    /// DuckDB's own loader, strong: read_csv with every column's type given (no sniffing), projecting the 35 columns
    /// Entente keeps into a persisted table with the names and value types of Entente's `events` view (codes as
    /// strings: DuckDB has no term table), so both store the same values. It does less than Entente: no validation,
    /// no registry actor ids (the country code stands in), no deduplication, no line numbers, no dyad_events.
    /// </summary>
    private static Measurement DuckDbTyped(string file, string databasePath) =>
        DuckDb("duckdb-typed", file, databasePath, [TypedBaseline.CreateTable, TypedBaseline.Insert(file)]);

    private static Measurement DuckDb(string kind, string file, string databasePath, string[] statements)
    {
        var clock = Stopwatch.StartNew();
        long rows;
        using (var connection = new DuckDBConnection($"Data Source={databasePath}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"SET memory_limit = '{MemoryLimit}'";
            command.ExecuteNonQuery();
            foreach (var statement in statements)
            {
                command.CommandText = statement;
                command.ExecuteNonQuery();
            }

            command.CommandText = "SELECT count(*) FROM events";
            rows = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
            command.CommandText = "CHECKPOINT";
            command.ExecuteNonQuery();
        }

        clock.Stop();
        return new Measurement(kind, clock.Elapsed.TotalSeconds, rows, new FileInfo(file).Length, new FileInfo(databasePath).Length, PeakRss());
    }

    /// <summary>The ceiling: one thread, Sep reading every column of every row as a span, nothing stored.</summary>
    private static Measurement SepParse(string file)
    {
        var clock = Stopwatch.StartNew();
        long rows = 0, chars = 0;
        using (var reader = Sep.New('\t').Reader(o => o with { HasHeader = false, DisableColCountCheck = true, DisableQuotesParsing = true }).FromFile(file))
        {
            foreach (var row in reader)
            {
                for (var i = 0; i < row.ColCount; i++)
                {
                    chars += row[i].Span.Length;
                }

                rows++;
            }
        }

        clock.Stop();
        GC.KeepAlive(chars);
        return new Measurement("sep", clock.Elapsed.TotalSeconds, rows, new FileInfo(file).Length, 0, PeakRss());
    }

    /// <summary>Monthly undirected RUS–CHN series over the whole warehouse, warm, median and 90th percentile of 15 runs; then with a code set.</summary>
    private static Measurement Query(string warehousePath)
    {
        using var warehouse = EventWarehouse.Open(warehousePath, Options);
        var all = new DyadQuery { Actor1 = "RUS", Actor2 = "CHN", By = SeriesPeriod.Month };
        var military = all with { Codes = Entente.Cameo.CameoCodebook.Shipped.ResolveFilter("military-cooperation").Codes };
        var (median, p90, rows) = Time(() => warehouse.DyadSeries(all));
        var (filtered, _, _) = Time(() => warehouse.DyadSeries(military));
        return new Measurement("query", 0, rows, 0, 0, PeakRss(), median, p90, filtered);
    }

    private static (double Median, double P90, long Rows) Time(Func<IReadOnlyList<DyadSeriesPoint>> query)
    {
        var rows = query().Sum(p => p.Events);
        var times = new List<double>();
        for (var i = 0; i < 15; i++)
        {
            var clock = Stopwatch.StartNew();
            query();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return (times[times.Count / 2], times[(int)(times.Count * 0.9)], rows);
    }

    /// <summary>VmHWM: the peak resident set of this process, native DuckDB memory included.</summary>
    public static long PeakRss()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? Environment.WorkingSet : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }
}
