using System.Globalization;
using System.Text;

namespace Entente.Benchmarks;

/// <summary>Writes bench/README.md from a run: the table, the targets met or missed (by how much), the scaling curves.</summary>
internal static class Report
{
    private const double DuckDbTargetRatio = 3.0, CeilingTargetShare = 0.25, MemoryTargetBytes = 1e9, LatencyTargetMs = 200;

    public static string Markdown(IReadOnlyList<SizeResult> results, string template, RunContext context, PreviousRun? previous = null)
    {
        var md = new StringBuilder();
        var measured = results.Where(r => r.Ingest is not null).ToList();
        md.AppendLine("# Event ingest benchmark");
        md.AppendLine();
        md.AppendLine("_Written by `dotnet run -c Release --project bench/Entente.Benchmarks` — do not edit by hand; rerun to refresh._");
        md.AppendLine();
        md.AppendLine($"Run {context.Started:yyyy-MM-dd HH:mm} UTC on {context.Cores} cores, {context.MemoryBytes / 1e9:0} GB RAM, {context.Os}, .NET {context.Dotnet}, DuckDB.NET 1.5.6.1, Sep 0.17.1.");
        md.AppendLine($"1-minute load average when the run and each size started: {context.LoadAverages} (a load above {context.Cores} means other work shared the cores and every figure below is slower than on an idle machine).");
        md.AppendLine();
        md.AppendLine("Input: synthetic GDELT 2.0 export files (61 tab-separated columns, no header), every row assembled from blocks of rows of the real");
        md.AppendLine($"15-minute export `{template}` (actor 1, actor 2, event codes with QuadClass/Goldstein/counts/tone, three geography blocks, each drawn");
        md.AppendLine("independently, so each column keeps the real file's distribution); GLOBALEVENTID rising, SQLDATE spread over 2015–2024, SOURCEURL shared by about four events.");
        md.AppendLine("Each measurement runs in a fresh child process; peak memory is that process's peak resident set (VmHWM), DuckDB's native memory included.");
        md.AppendLine($"Entente and both DuckDB loaders run with the same DuckDB setting `memory_limit = '{context.MemoryLimit ?? "384MB"}'`, and each is timed from opening its database file to its final `CHECKPOINT` and close.");
        md.AppendLine();
        md.AppendLine("## Results");
        md.AppendLine();
        md.AppendLine("| events | input | Entente ingest | MB/s | rows/s | peak memory | warehouse bytes/event | DuckDB typed 35 columns | MB/s | peak | DuckDB `CREATE TABLE AS SELECT * FROM read_csv` | MB/s | peak | bytes/event | Sep parse-only MB/s | monthly dyad series (median / p90) | with `--codes military-cooperation` |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            if (r.Ingest is not { } ingest || r.DuckDb is not { } duck || r.Sep is not { } sep || r.Query is not { } query)
            {
                md.AppendLine($"| {Count(r.Events)} | {r.Note} | | | | | | | | | | | | | | | |");
                continue;
            }

            var typed = r.Typed is { } t ? string.Create(CultureInfo.InvariantCulture, $"{t.Seconds:0.0} s | {Mbps(r.Bytes, t)} | {t.PeakRssBytes / 1e6:0} MB") : "not measured | | ";
            md.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {Count(r.Events)} | {r.Bytes / 1e9:0.00} GB | {ingest.Seconds:0.0} s | **{Mbps(r.Bytes, ingest)}** | {ingest.Rows / ingest.Seconds / 1e3:0} k | {ingest.PeakRssBytes / 1e6:0} MB | {(double)ingest.StoreBytes / ingest.Rows:0} | {typed} | {duck.Seconds:0.0} s | {Mbps(r.Bytes, duck)} | {duck.PeakRssBytes / 1e6:0} MB | {(double)duck.StoreBytes / duck.Rows:0} | {Mbps(r.Bytes, sep)} | {query.MedianMs:0.0} / {query.P90Ms:0.0} ms | {query.FilteredMedianMs:0.0} ms |"));
        }

        md.AppendLine();
        md.AppendLine("Entente's warehouse keeps 35 typed columns per event (the ones analysts use, source URL, provenance — import id and line; codes, names and places as integer term keys) and, for each event between two registry actors, 15 series columns in `dyad_events`.");
        md.AppendLine("The typed DuckDB baseline reads the file with every column's type given (no sniffing) and inserts the same 35 columns, with the names and value types of Entente's `events` view, into a persisted table (`TypedBaseline.cs`); it does less work than Entente — no validation, no registry actor ids, no deduplication, no line numbers, no `dyad_events` — so it is the stronger baseline. The naive baseline keeps all 61 columns as auto-detected.");
        md.AppendLine("Entente's ingest includes reading and validating every row, resolving actors to registry ids, deduplication on GLOBALEVENTID against the warehouse, its commits and the final checkpoint.");
        foreach (var r in results.Where(r => r.Floor is not null))
        {
            var floor = r.Floor!;
            md.AppendLine();
            md.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"**Writer-only floor ({Count(r.Events)}).** Writing the events alone, from batches parsed beforehand (same writer, tables, deduplication, commit and checkpoint; `measure floor`), took {floor.Seconds:0.0} s: {Mbps(r.Bytes, floor)} MB/s of input is the most any parser could reach with this storage on this machine, against {Mbps(r.Bytes, r.Ingest!)} MB/s for the whole ingest{(r.Typed is { } t ? $" and {Mbps(r.Bytes, t)} MB/s for the typed DuckDB baseline" : "")}."));
        }

        if (previous is not null)
        {
            md.AppendLine();
            md.AppendLine($"**Compared with the previous run** ({previous.Started:yyyy-MM-dd HH:mm} UTC{(previous.Note is { } note ? $"; {note}" : "")}):");
            md.AppendLine();
            md.AppendLine("| events | previous ingest MB/s | this run MB/s | change |");
            md.AppendLine("|---:|---:|---:|---:|");
            foreach (var r in measured)
            {
                if (previous.IngestMbps.TryGetValue(r.Events, out var before))
                {
                    var now = Rate(r.Bytes, r.Ingest!);
                    md.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {Count(r.Events)} | {before:0} | {now:0} | {(now / before) - 1:+0%;-0%;0%} |"));
                }
            }
        }

        md.AppendLine();
        md.AppendLine("## Targets");
        md.AppendLine();
        md.AppendLine("| target | result |");
        md.AppendLine("|---|---|");
        foreach (var r in measured)
        {
            var ingest = Rate(r.Bytes, r.Ingest!);
            var duck = Rate(r.Bytes, r.DuckDb!);
            if (r.Typed is { } typed)
            {
                var strong = Rate(r.Bytes, typed);
                md.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {Count(r.Events)}: ingest ≥ DuckDB's typed 35-column load | {ingest / strong:0.00}× ({ingest:0} vs {strong:0} MB/s) — {Verdict(ingest / strong, 1.0, true)} |"));
            }

            var sep = Rate(r.Bytes, r.Sep!);
            md.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {Count(r.Events)}: ingest ≥ 3× DuckDB's loader | {ingest / duck:0.00}× ({ingest:0} vs {duck:0} MB/s) — {Verdict(ingest / duck, DuckDbTargetRatio, true)} |"));
            md.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {Count(r.Events)}: ingest ≥ 25 % of the Sep parse-only ceiling | {ingest / sep:P0} ({ingest:0} vs {sep:0} MB/s) — {Verdict(ingest / sep, CeilingTargetShare, true)} |"));
            md.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {Count(r.Events)}: peak memory < 1 GB | {r.Ingest!.PeakRssBytes / 1e6:0} MB — {Verdict(r.Ingest.PeakRssBytes, MemoryTargetBytes, false)} |"));
        }

        if (measured.LastOrDefault() is { } largest)
        {
            md.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| monthly dyad series over {Count(largest.Events)} events < 200 ms | {largest.Query!.MedianMs:0.0} ms median, {largest.Query.P90Ms:0.0} ms p90 — {Verdict(largest.Query.MedianMs, LatencyTargetMs, false)} |"));
        }

        foreach (var r in results.Where(r => r.Ingest is null))
        {
            md.AppendLine($"| {Count(r.Events)} | {r.Note} |");
        }

        md.AppendLine();
        md.AppendLine("## Scaling");
        md.AppendLine();
        if (measured.Count > 0)
        {
            var labels = string.Join(", ", measured.Select(r => $"\"{Count(r.Events)}\""));
            Chart(md, "Ingest time (s) by size: Entente (bar) and DuckDB read_csv (line)", "seconds", labels,
                measured.Select(r => r.Ingest!.Seconds.ToString("0.0", CultureInfo.InvariantCulture)),
                measured.Select(r => r.DuckDb!.Seconds.ToString("0.0", CultureInfo.InvariantCulture)));
            Chart(md, "Peak memory (MB) by size: Entente (bar) and DuckDB read_csv (line)", "MB", labels,
                measured.Select(r => (r.Ingest!.PeakRssBytes / 1e6).ToString("0", CultureInfo.InvariantCulture)),
                measured.Select(r => (r.DuckDb!.PeakRssBytes / 1e6).ToString("0", CultureInfo.InvariantCulture)));
            md.AppendLine("| events | Entente s per M events | Entente peak MB | DuckDB s per M events | DuckDB peak MB |");
            md.AppendLine("|---:|---:|---:|---:|---:|");
            foreach (var r in measured)
            {
                md.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {Count(r.Events)} | {r.Ingest!.Seconds / (r.Events / 1e6):0.00} | {r.Ingest.PeakRssBytes / 1e6:0} | {r.DuckDb!.Seconds / (r.Events / 1e6):0.00} | {r.DuckDb.PeakRssBytes / 1e6:0} |"));
            }

            md.AppendLine();
        }

        md.Append(Static.Text());
        return md.ToString();
    }

    /// <summary>A Mermaid xychart: Entente as bars, DuckDB's loader as a line, one point per size.</summary>
    private static void Chart(StringBuilder md, string title, string yAxis, string labels, IEnumerable<string> bars, IEnumerable<string> line)
    {
        md.AppendLine("```mermaid");
        md.AppendLine("xychart-beta");
        md.AppendLine($"    title \"{title}\"");
        md.AppendLine($"    x-axis [{labels}]");
        md.AppendLine($"    y-axis \"{yAxis}\"");
        md.AppendLine($"    bar [{string.Join(", ", bars)}]");
        md.AppendLine($"    line [{string.Join(", ", line)}]");
        md.AppendLine("```");
        md.AppendLine();
    }

    private static double Rate(long bytes, Measurement m) => bytes / 1e6 / m.Seconds;

    private static string Mbps(long bytes, Measurement m) => Rate(bytes, m).ToString("0", CultureInfo.InvariantCulture);

    private static string Count(long events) => events >= 1_000_000 ? $"{events / 1_000_000.0:0.#} M" : $"{events:N0}";

    private static string Verdict(double value, double target, bool atLeast)
    {
        var met = atLeast ? value >= target : value < target;
        if (met)
        {
            return "**met**";
        }

        var miss = atLeast ? (1 - (value / target)) : ((value / target) - 1);
        return string.Create(CultureInfo.InvariantCulture, $"**missed** by {miss:P0}");
    }
}
