using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Entente.Benchmarks.Structured;

/// <summary>`structured [EVENTS]`: the ACH and watch-rule benchmarks, each written into its section of bench/README.md.</summary>
internal static class StructuredRun
{
    public static void Run(string[] args)
    {
        var events = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : WarningsBenchmark.Events;
        var file = WarningsBenchmark.WarehouseFile(events);
        // In process: on a shared, loaded machine BenchmarkDotNet's per-benchmark project build overruns its timeout.
        Environment.SetEnvironmentVariable("ENTENTE_BENCH_EVENTS", events.ToString(CultureInfo.InvariantCulture));
        var config = DefaultConfig.Instance.AddJob(Job.Default.WithWarmupCount(2).WithIterationCount(8).WithToolchain(InProcessEmitToolchain.Instance));
        var ach = BenchmarkRunner.Run<AchBenchmark>(config);
        ReadmeTable.Write("structured-ach", "ACH recompute with sensitivity",
            "Scoring a synthetic 12-hypothesis × 500-item matrix (random ratings, relevance and credibility, fixed seed): PARC scores, normalised scores and " +
            "diagnosticity (baseline), then the same with sensitivity — every row removed and every cell re-rated to each other rating (30 000 trials). Target: under 100 ms.",
            ach);
        var rules = BenchmarkRunner.Run<WarningsBenchmark>(config);
        ReadmeTable.Write("structured-warnings", "Watch rules over the flagship and event data",
            $"Every shipped rule (`data/rules/*.yaml`) over the flagship case's {Entente.Import.Bundle.BundleReader.Read(Path.Combine(SharedData.RepositoryRoot, "data", "cases", "rus-chn")).Bundle.Items.Count} items and a warehouse of {events:N0} synthetic GDELT 2.0 events " +
            $"({new FileInfo(file).Length / 1e6:0} MB DuckDB file), through the code `entente warnings --run` uses. Baseline: the events rule's monthly dyad series query alone. " +
            "Target: under 2 s at 10 M events.",
            rules);
    }
}
