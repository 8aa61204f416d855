using System.Diagnostics;
using System.Globalization;

namespace Entente.Benchmarks;

/// <summary>
/// Generates each size, measures parse ceiling, Entente ingest, dyad-series latency and DuckDB's own loader, each in
/// a fresh child process, deletes the inputs it made, and writes bench/README.md from what it measured.
/// </summary>
internal static class Harness
{
    public static int Run(string[] args)
    {
        var sizes = Option(args, "--sizes", "1000000,10000000,50000000").Split(',').Select(s => long.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var root = Repository();
        var work = Option(args, "--work", Path.Combine(Path.GetTempPath(), "entente-bench"));
        var template = Option(args, "--template", Path.Combine(root, "..", "shared", "data", "gdelt", "arekziobrowski", "20191024143000.export.CSV"));
        var output = Option(args, "--out", Path.Combine(root, "bench", "README.md"));
        Directory.CreateDirectory(work);
        var saved = Path.Combine(Path.GetDirectoryName(output)!, "results.json");
        if (args.Contains("--render"))
        {
            // Rewrites README.md from the last run's measurements (for a change of wording, not of numbers).
            var last = System.Text.Json.JsonSerializer.Deserialize<RunRecord>(File.ReadAllText(saved))!;
            ReadmeTable.Replace(output, Report.Markdown(last.Results, last.Template, last.Context, last.Previous));
            return 0;
        }

        // The run this one replaces, kept in the report so a change of speed is seen, not remembered.
        var previous = File.Exists(saved) ? PreviousRun.Of(System.Text.Json.JsonSerializer.Deserialize<RunRecord>(File.ReadAllText(saved))!) : null;

        var context = Context();
        var generator = SyntheticGdelt.FromFile(template);
        var results = new List<SizeResult>();
        foreach (var size in sizes)
        {
            var csv = Path.Combine(work, $"synthetic-{size}.export.CSV");
            var free = new DriveInfo(Path.GetPathRoot(Path.GetFullPath(work))!).AvailableFreeSpace;
            var needed = size * 410 * 3;
            context = context with { LoadAverages = $"{context.LoadAverages} {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "")}".Trim() };
            if (free < needed)
            {
                results.Add(new SizeResult(size, 0, 0, null, null, null, null, $"not measured: {free / 1e9:0} GB free in {work}, about {needed / 1e9:0} GB needed (input, warehouse, DuckDB copy)"));
                continue;
            }

            Log($"{size:N0} events: generating {csv}");
            var clock = Stopwatch.StartNew();
            var bytes = generator.Write(csv, size);
            var generated = clock.Elapsed.TotalSeconds;
            Log($"  {bytes / 1e9:0.00} GB in {generated:0} s; Sep parse-only …");
            var sep = Measure.InChild("sep", csv);
            Log($"  Sep {bytes / 1e6 / sep.Seconds:0} MB/s; Entente ingest …");
            var warehouse = Path.Combine(work, $"entente-{size}.duckdb");
            Delete(warehouse);
            var ingest = Measure.InChild("ingest", csv, warehouse);
            Log($"  Entente {bytes / 1e6 / ingest.Seconds:0} MB/s, peak {ingest.PeakRssBytes / 1e6:0} MB; dyad series …");
            var query = Measure.InChild("query", warehouse);
            Log($"  monthly RUS–CHN series {query.MedianMs:0.0} ms (median)");
            Measurement? floor = null;
            if (size == sizes.Min())
            {
                Delete(warehouse);
                floor = Measure.InChild("floor", csv, warehouse);
                Log($"  storage alone {floor.Seconds:0.0} s");
            }

            Log("  DuckDB CTAS baseline …");
            var duck = Path.Combine(work, $"duckdb-{size}.duckdb");
            Delete(duck);
            var baseline = Measure.InChild("duckdb", csv, duck);
            Log($"  DuckDB {bytes / 1e6 / baseline.Seconds:0} MB/s, peak {baseline.PeakRssBytes / 1e6:0} MB; typed 35-column baseline …");
            Delete(duck);
            var typed = Measure.InChild("duckdb-typed", csv, duck);
            Log($"  DuckDB typed {bytes / 1e6 / typed.Seconds:0} MB/s, peak {typed.PeakRssBytes / 1e6:0} MB");
            results.Add(new SizeResult(size, bytes, generated, sep, ingest, query, baseline, null, floor, typed));
            Delete(csv);
            Delete(warehouse);
            Delete(duck);
            Save(saved, output, results, template, context, previous);
        }

        Save(saved, output, results, template, context, previous);
        Log($"wrote {output}");
        return 0;
    }

    private static readonly System.Text.Json.JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static void Save(string saved, string output, List<SizeResult> results, string template, RunContext context, PreviousRun? previous)
    {
        File.WriteAllText(saved, System.Text.Json.JsonSerializer.Serialize(new RunRecord(results, Path.GetFileName(template), context, previous), Indented));
        ReadmeTable.Replace(output, Report.Markdown(results, Path.GetFileName(template), context, previous));
    }

    /// <summary>The machine as the run found it; the load average says whether other work shared the cores.</summary>
    private static RunContext Context()
    {
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
        return new RunContext(DateTime.UtcNow, Environment.ProcessorCount, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes,
            System.Runtime.InteropServices.RuntimeInformation.OSDescription.Trim(), Environment.Version.ToString(), load, Measure.MemoryLimit);
    }

    private static void Delete(string path)
    {
        foreach (var file in new[] { path, path + ".wal" }.Where(File.Exists))
        {
            File.Delete(file);
        }
    }

    private static string Option(string[] args, string name, string fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
    }

    private static string Repository()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Entente.slnx")))
            {
                return dir.FullName;
            }
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Entente.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("run the benchmark from inside the Entente checkout");
    }

    private static void Log(string message) => Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}");
}

/// <summary>A whole run as saved beside README.md, so the report can be re-rendered without measuring again.</summary>
internal sealed record RunRecord(List<SizeResult> Results, string Template, RunContext Context, PreviousRun? Previous = null);

/// <summary>The ingest speed of the run before, per size, and how it was measured when that differs from now.</summary>
internal sealed record PreviousRun(DateTime Started, Dictionary<long, double> IngestMbps, string? Note)
{
    public static PreviousRun Of(RunRecord run) => new(
        run.Context.Started,
        run.Results.Where(r => r.Ingest is not null).ToDictionary(r => r.Events, r => r.Bytes / 1e6 / r.Ingest!.Seconds),
        run.Context.MemoryLimit is null
            ? "measured before the clocks were made symmetric: its Entente clock stopped before the final checkpoint, so its figures flatter Entente slightly"
            : null);
}

internal sealed record RunContext(DateTime Started, int Cores, long MemoryBytes, string Os, string Dotnet, string LoadAverages, string? MemoryLimit = null);

/// <summary>Everything measured at one size; null parts were not measured (Note says why).</summary>
/// <remarks><see cref="Floor"/>: the writing side alone (see <see cref="StorageFloor"/>), measured at the smallest size;
/// <see cref="Typed"/>: DuckDB's read_csv with explicit types into the same 35 columns (see <see cref="TypedBaseline"/>).</remarks>
internal sealed record SizeResult(long Events, long Bytes, double GenerateSeconds, Measurement? Sep, Measurement? Ingest, Measurement? Query, Measurement? DuckDb, string? Note, Measurement? Floor = null, Measurement? Typed = null);
