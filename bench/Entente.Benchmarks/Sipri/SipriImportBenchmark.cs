using BenchmarkDotNet.Attributes;
using Entente.Actors;
using Entente.Import.Sipri;
using Entente.Storage.ArmsTrade;
using nietras.SeparatedValues;

namespace Entente.Benchmarks.Sipri;

/// <summary>
/// Importing the largest SIPRI register and computing every dyad-year indicator, against the floor of simply
/// parsing the same file with Sep (no checks, no mapping, no storage) in the same run.
/// </summary>
[MemoryDiagnoser]
public class SipriImportBenchmark
{
    private string _directory = "";
    private int _run;

    /// <summary>The largest register in the 2024 layout (one row per deal and delivery year).</summary>
    public static string RegisterPath => Path.Combine(SharedData.Directory, "sipri", "Andrei", "trade-register_initial_situation.csv");

    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), "entente-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);

    [Benchmark(Baseline = true, Description = "Sep parse only (floor)")]
    public double SepParse()
    {
        // Skip SIPRI's preamble to the header row, then sum the TIV column: the least work any importer must do.
        var lines = File.ReadLines(RegisterPath).SkipWhile(l => !l.StartsWith("SIPRI AT Database ID", StringComparison.Ordinal));
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).From(new StringReader(string.Join('\n', lines)));
        var total = 0.0;
        foreach (var row in reader)
        {
            total += row["TIV delivery values"].TryParse<double>() ?? 0;
        }

        return total;
    }

    [Benchmark(Description = "Entente import + all dyad-year indicators")]
    public async Task<int> ImportAndIndicators()
    {
        using var reading = SipriReader.Shipped.Open(RegisterPath);
        await using var store = await SqliteArmsTradeStore.OpenAsync(Path.Combine(_directory, $"run-{_run++}.db"));
        await store.ImportAsync(reading.Release, reading.Batches(), reading.Outcome);
        var matrix = await store.MatrixAsync(reading.Release.Id, ActorRegistry.Shipped);
        return matrix!.All().Count();
    }
}
