using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Entente.Benchmarks;
using Entente.Benchmarks.Sipri;

// `dotnet run -c Release --project bench/Entente.Benchmarks -- sipri`: runs a benchmark and rewrites its table in bench/README.md.
var name = args.FirstOrDefault() ?? "sipri";
var config = DefaultConfig.Instance.AddJob(Job.Default.WithWarmupCount(2).WithIterationCount(10));
switch (name)
{
    case "sipri":
        var summary = BenchmarkRunner.Run<SipriImportBenchmark>(config);
        ReadmeTable.Write("sipri", "SIPRI import and indicators",
            $"Reading, checking, mapping and storing the largest SIPRI register in the 2024 layout (`{Path.GetFileName(SipriImportBenchmark.RegisterPath)}`, " +
            $"{new FileInfo(SipriImportBenchmark.RegisterPath).Length / 1e6:0.0} MB, 31 319 delivery rows) into a fresh SQLite file, then computing every " +
            "dyad-year indicator (TIV, shares, rank, HHI, 5-year sums) for every dyad and covered year. Baseline: parsing the same file with Sep and summing one column. " +
            "Target: import + indicators under 2 s.",
            summary);
        return 0;
    default:
        Console.Error.WriteLine($"unknown benchmark '{name}'; known: sipri");
        return 2;
}
