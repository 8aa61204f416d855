using System.Globalization;
using System.Text;
using BenchmarkDotNet.Reports;

namespace Entente.Benchmarks;

/// <summary>Writes a benchmark summary into its own section of bench/README.md, replacing the previous run's table.</summary>
internal static class ReadmeTable
{
    public static void Write(string section, string heading, string context, Summary summary)
    {
        var table = new StringBuilder()
            .AppendLine($"## {heading}")
            .AppendLine()
            .AppendLine(context)
            .AppendLine()
            .AppendLine($"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Cpu()}, " +
                $"{Environment.ProcessorCount} logical cores, {summary.HostEnvironmentInfo.RuntimeVersion}, BenchmarkDotNet {summary.HostEnvironmentInfo.BenchmarkDotNetVersion}.")
            .AppendLine()
            .AppendLine("| Method | Mean | StdDev | Ratio to baseline | Allocated |")
            .AppendLine("|---|---:|---:|---:|---:|");
        var baseline = summary.Reports.FirstOrDefault(r => r.BenchmarkCase.Descriptor.Baseline)?.ResultStatistics?.Mean;
        foreach (var report in summary.Reports)
        {
            var stats = report.ResultStatistics;
            var ratio = stats is null || baseline is null or 0 ? "n/a" : (stats.Mean / baseline.Value).ToString("0.00", CultureInfo.InvariantCulture);
            var allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) is { } bytes ? $"{bytes / 1048576.0:0.0} MB" : "n/a";
            table.AppendLine($"| {report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo} | {Ms(stats?.Mean)} | {Ms(stats?.StandardDeviation)} | {ratio} | {allocated} |");
        }

        WriteBlock(section, table.ToString());
    }

    /// <summary>Writes a section between its markers in bench/README.md, replacing the previous run's, keeping the rest.</summary>
    public static void WriteBlock(string section, string markdown)
    {
        var path = Path.Combine(SharedData.RepositoryRoot, "bench", "README.md");
        var readme = File.Exists(path) ? File.ReadAllText(path) : Header;
        var begin = $"<!-- {section}:begin -->";
        var end = $"<!-- {section}:end -->";
        var block = $"{begin}\n{markdown.TrimEnd()}\n{end}";
        var start = readme.IndexOf(begin, StringComparison.Ordinal);
        readme = start < 0
            ? readme.TrimEnd() + "\n\n" + block + "\n"
            : readme[..start] + block + readme[(readme.IndexOf(end, StringComparison.Ordinal) + end.Length)..];
        File.WriteAllText(path, readme);
        Console.WriteLine($"Wrote the {section} table to {path}.");
    }

    /// <summary>Writes the event report as the file's body, keeping the sections other benchmarks wrote (between their markers).</summary>
    public static void Replace(string path, string body)
    {
        var kept = File.Exists(path)
            ? string.Concat(System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(path), "<!-- ([\\w-]+):begin -->.*?<!-- \\1:end -->", System.Text.RegularExpressions.RegexOptions.Singleline).Select(m => "\n\n" + m.Value))
            : "";
        File.WriteAllText(path, body.TrimEnd() + kept + "\n");
    }

    private static string Cpu() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU"
            : "unknown CPU";

    private static string Ms(double? nanoseconds) =>
        nanoseconds is null ? "n/a" : $"{nanoseconds.Value / 1e6:0.0} ms";

    private const string Header = """
        # Benchmarks

        Tables below are written by the harness (`dotnet run -c Release --project bench/Entente.Benchmarks -- <name>`), never by hand.
        Each compares Entente with a named baseline measured in the same run. Benchmarks read the real files in `../shared/data`.
        """;
}
