using System.Text.Json;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Entente.Benchmarks;
using Entente.Benchmarks.Sipri;

// `sipri`: the SIPRI BenchmarkDotNet run; `measure KIND ...`: the child-process side of the event benchmark;
// `generate`: synthetic GDELT files; anything else runs the whole event benchmark.
if (args.Length > 0 && args[0] == "sipri")
{
    var summary = BenchmarkRunner.Run<SipriImportBenchmark>(DefaultConfig.Instance.AddJob(Job.Default.WithWarmupCount(2).WithIterationCount(10)));
    ReadmeTable.Write("sipri", "SIPRI import and indicators",
        $"Reading, checking, mapping and storing the largest SIPRI register in the 2024 layout (`{Path.GetFileName(SipriImportBenchmark.RegisterPath)}`, " +
        $"{new FileInfo(SipriImportBenchmark.RegisterPath).Length / 1e6:0.0} MB, one row per deal and delivery year) into a fresh SQLite file, then computing every " +
        "dyad-year indicator (TIV, shares, rank, HHI, 5-year sums) for every dyad and covered year. Baseline: parsing the same file with Sep and summing one column. " +
        "Target: import + indicators under 2 s.",
        summary);
    return 0;
}

if (args.Length > 0 && args[0] == "measure")
{
    Console.WriteLine(JsonSerializer.Serialize(Measure.Run(args[1..])));
    return 0;
}

if (args.Length > 0 && args[0] == "generate")
{
    SyntheticGdelt.FromFile(args[3]).Write(args[2], long.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}

return Harness.Run(args);
