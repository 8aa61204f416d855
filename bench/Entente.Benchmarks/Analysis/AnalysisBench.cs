using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Entente.Benchmarks.Analysis;

/// <summary>
/// `analysis [--events N] [--work DIR]`: the panel and the ladder of one pair, and the panels of all pairs of 20 states,
/// over every store loaded. Baseline: reading the pair's inputs from the stores without composing anything (the floor
/// the query layer adds to). Writes its section of bench/README.md.
/// </summary>
internal static class AnalysisBench
{
    private static readonly string[] TwentyStates =
        ["RUS", "CHN", "USA", "JPN", "IND", "PAK", "VNM", "KAZ", "KGZ", "TJK", "UZB", "BLR", "IRN", "TUR", "DEU", "FRA", "GBR", "UKR", "KOR", "PRK"];

    private const int Repeats = 7;

    public static async Task<int> RunAsync(string[] args)
    {
        var events = long.Parse(Option(args, "--events", "10000000"), CultureInfo.InvariantCulture);
        var work = Option(args, "--work", Path.Combine(Path.GetTempPath(), "entente-bench"));
        Directory.CreateDirectory(work);
        Console.WriteLine($"Loading the stores ({events:N0} synthetic events) …");
        await using var stores = await AnalysisStores.OpenAsync(work, events);
        var (from, to) = (2001, 2020);

        var cold = await Time(() => stores.NewAnalysis().PanelAsync("RUS", "CHN", from, to));
        var analysis = stores.NewAnalysis();
        await analysis.PanelAsync("RUS", "CHN", from, to);
        var rows = new List<(string Name, double Ms, string Note)>
        {
            ("Baseline: read RUS–CHN inputs from the stores (no composing)", await Median(() => analysis.InputsAsync("RUS", "CHN", from, to)), $"median of {Repeats}"),
            ("panel RUS–CHN, 2001–2020", await Median(() => analysis.PanelAsync("RUS", "CHN", from, to)), $"median of {Repeats}, warm"),
            ("alignment RUS–CHN, 2001–2020", await Median(() => analysis.AlignmentAsync("RUS", "CHN", from, to)), $"median of {Repeats}, warm"),
            ("panel RUS–CHN, first query of a new session", cold, "reads the SIPRI matrix, ATOP portfolios, warehouse coverage"),
            ("panels of all 190 pairs of 20 states", await Time(() => stores.NewAnalysis().PanelsAsync(TwentyStates, from, to)), "one run, new session"),
        };
        foreach (var (name, ms, note) in rows)
        {
            Console.WriteLine($"{name}: {ms:0.0} ms ({note})");
        }

        ReadmeTable.WriteBlock("analysis", Markdown(rows, stores));
        return 0;
    }

    private static string Markdown(List<(string Name, double Ms, string Note)> rows, AnalysisStores stores)
    {
        var baseline = rows[0].Ms;
        var text = new StringBuilder()
            .AppendLine("## Dyad panel and alignment ladder (Entente.Analysis)")
            .AppendLine()
            .AppendLine("`dotnet run -c Release --project bench/Entente.Benchmarks -- analysis [--events N]`. One SQLite store with the flagship case, the SIPRI " +
                "register in the 2024 layout (`Andrei/trade-register.csv`), ATOP 4.01 (both levels), MME v7 and the UNGA ideal points; a DuckDB warehouse of " +
                $"{stores.Events:N0} synthetic GDELT 2.0 events (the existing generator). Stores loaded in {stores.LoadSeconds:0} s. " +
                "Targets: one pair's panel under 300 ms; the 20-state matrix (190 pairs) under 10 s. Baseline: reading the pair's inputs without composing them.")
            .AppendLine()
            .AppendLine($"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} logical cores, load average {LoadAverage()} at the end, .NET {Environment.Version}.")
            .AppendLine()
            .AppendLine("| Measurement | Time | Ratio to baseline | Note |")
            .AppendLine("|---|---:|---:|---|");
        foreach (var (name, ms, note) in rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {ms:0.0} ms | {ms / baseline:0.00} | {note} |");
        }

        return text.ToString().TrimEnd();
    }

    private static async Task<double> Time<T>(Func<Task<T>> run)
    {
        var clock = Stopwatch.StartNew();
        await run();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static async Task<double> Median<T>(Func<Task<T>> run)
    {
        var times = new List<double>();
        for (var i = 0; i < Repeats; i++)
        {
            times.Add(await Time(run));
        }

        return times.Order().ElementAt(Repeats / 2);
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private static string Option(string[] args, string name, string fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
    }
}
