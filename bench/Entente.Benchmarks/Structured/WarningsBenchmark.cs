using BenchmarkDotNet.Attributes;
using Entente.Cli.Structured;
using Entente.Evidence;
using Entente.Import.Analysis;
using Entente.Import.Bundle;
using Entente.Warehouse;
using Entente.Warehouse.Queries;
using Entente.Warnings;

namespace Entente.Benchmarks.Structured;

/// <summary>
/// Every shipped watch rule over the flagship case and a warehouse of synthetic GDELT 2.0 events, through the same
/// observation and evaluation code as `entente warnings --run` (statuses are not written). Baseline: the events rule's
/// dyad series query alone, the floor set by DuckDB.
/// </summary>
[MemoryDiagnoser]
public class WarningsBenchmark
{
    /// <summary>The warehouse size; the harness passes it to BenchmarkDotNet's child processes in ENTENTE_BENCH_EVENTS.</summary>
    public static long Events => long.TryParse(Environment.GetEnvironmentVariable("ENTENTE_BENCH_EVENTS"), out var n) ? n : 1_000_000;

    private IReadOnlyList<EvidenceItem> _items = null!;
    private IReadOnlyList<WatchRule> _rules = null!;
    private EventWarehouse _warehouse = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = SharedData.RepositoryRoot;
        _items = BundleReader.Read(Path.Combine(root, "data", "cases", "rus-chn")).Bundle.Items;
        _rules = AnalysisYamlReader.ReadRules(Directory.GetFiles(Path.Combine(root, "data", "rules"), "*.yaml")).Rules;
        _warehouse = EventWarehouse.Open(WarehouseFile(Events));
    }

    [GlobalCleanup]
    public void Cleanup() => _warehouse.Dispose();

    [Benchmark(Baseline = true)]
    public int EventsSeriesQuery() =>
        _warehouse.DyadSeries(new DyadQuery { Actor1 = "RUS", Actor2 = "CHN", Codes = Entente.Cameo.CameoCodebook.Shipped.ResolveFilter("military-cooperation").Codes, By = SeriesPeriod.Month }).Count;

    [Benchmark]
    public async Task<int> AllShippedRules()
    {
        var sources = new WarningSources(_items, null, _warehouse);
        var findings = 0;
        foreach (var rule in _rules)
        {
            findings += RuleEvaluator.Evaluate(rule, await sources.ObserveAsync(rule, CancellationToken.None), new DateOnly(2026, 1, 1)).Findings.Count;
        }

        return findings;
    }

    /// <summary>A warehouse with <paramref name="events"/> synthetic events, generated and imported once per size and kept in the temp folder.</summary>
    public static string WarehouseFile(long events)
    {
        var path = Path.Combine(Path.GetTempPath(), $"entente-bench-warnings-{events}.duckdb");
        if (File.Exists(path))
        {
            return path;
        }

        var csv = Path.Combine(Path.GetTempPath(), $"entente-bench-warnings-{events}.export.CSV");
        SyntheticGdelt.FromFile(Path.Combine(SharedData.Directory, "gdelt", "arekziobrowski", "20191024143000.export.CSV")).Write(csv, events);
        using (var warehouse = EventWarehouse.Open(path + ".part"))
        {
            warehouse.Import([csv], new Entente.Import.Gdelt.GdeltEventReader(warehouse.Actors));
        }

        File.Delete(csv);
        File.Move(path + ".part", path);
        return path;
    }
}
