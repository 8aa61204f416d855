using System.Globalization;
using System.Text;
using Entente.Cameo;
using Entente.Import.Bundle;
using Entente.Import.Gdelt;
using Entente.Import.Icews;
using Entente.Import.Sipri;
using Entente.Storage.ArmsTrade;
using Entente.Storage.Sqlite;
using Entente.Warehouse;
using Entente.Web.Hosting;

namespace Entente.Benchmarks.Web;

/// <summary>
/// `web`: the workbench under 50 concurrent clients on loopback, with the full SIPRI register, the flagship case and
/// real event files loaded: the dossier API and page against a static file served by the same Kestrel in the same run,
/// plus the first dossier render in headless Chromium. Writes its table into bench/README.md.
/// </summary>
internal static class WebLoadBenchmark
{
    private const int Clients = 50;

    public static async Task<int> RunAsync(string[] args)
    {
        var requests = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5000;
        var work = Path.Combine(Path.GetTempPath(), "entente-web-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            var options = await LoadAsync(work);
            await using var app = WorkbenchApp.Create(options);
            await app.StartAsync();
            var address = WorkbenchApp.Address(app);
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Clients, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
            var results = new List<LoadResult>();
            foreach (var (target, path) in new[] { ("static file (baseline)", "/site.css"), ("dossier API", "/api/dossier/RUS/CHN"), ("dossier page", "/dossier/RUS/CHN") })
            {
                Console.WriteLine($"{target}: {requests} requests, {Clients} clients …");
                results.Add(await LoadGenerator.RunAsync(http, new Uri(address, path), target, Clients, requests, TimeSpan.FromSeconds(60)));
                Console.WriteLine($"  p99 {results[^1].P99Ms:0.0} ms, {results[^1].RequestsPerSecond:0} req/s");
            }

            var render = await FirstRender.MeasureAsync(new Uri(address, "/dossier/RUS/CHN"));
            await app.StopAsync();
            ReadmeTable.WriteBlock("web", Markdown(results, render, requests));
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>The flagship case, the full SIPRI register and the real GDELT and ICEWS files, as a user would have them.</summary>
    private static async Task<WorkbenchOptions> LoadAsync(string work)
    {
        var options = new WorkbenchOptions { StorePath = Path.Combine(work, "entente.db"), WarehousePath = Path.Combine(work, "events.duckdb"), Port = 0 };
        var bundle = BundleValidator.Shipped.ReadAndValidate(Path.Combine(SharedData.RepositoryRoot, "data", "cases", "rus-chn"));
        await using (var store = await SqliteEvidenceStore.OpenAsync(options.StorePath))
        {
            await store.ImportAsync(bundle.Bundle, "rus-chn");
        }

        await using (var trade = await SqliteArmsTradeStore.OpenAsync(options.StorePath))
        {
            using var reading = SipriReader.Shipped.Open(Path.Combine(SharedData.Directory, "sipri", "Andrei", "trade-register.csv"));
            await trade.ImportAsync(reading.Release, reading.Batches(), reading.Outcome);
        }

        using var warehouse = EventWarehouse.Open(options.WarehousePath);
        warehouse.Import([Path.Combine(SharedData.Directory, "icews", "andybega", "events.2018.sample.tab")], new IcewsEventReader(CameoActorMap.Shipped));
        warehouse.Import([Path.Combine(SharedData.Directory, "gdelt", "arekziobrowski", "20191024143000.export.CSV")], new GdeltEventReader(CameoActorMap.Shipped));
        return options;
    }

    private static string Markdown(IReadOnlyList<LoadResult> results, double? firstRenderMs, int requests)
    {
        var baseline = results[0];
        var text = new StringBuilder()
            .AppendLine("## Web workbench under load")
            .AppendLine()
            .AppendLine($"`entente serve` on Kestrel, loopback, {Clients} concurrent clients in a closed loop sharing a budget of {requests} requests per target (stops by itself; 60 s cap), " +
                "after a warm-up round. Store: the flagship case, the full SIPRI register (`trade-register.csv`, 2024 layout) and the real GDELT and ICEWS sample files in the warehouse. " +
                "Baseline: a static file (`/site.css`) served by the same Kestrel in the same run. Targets: p99 < 50 ms and within 3× the baseline's p99; first dossier render in a browser < 1 s.")
            .AppendLine()
            .AppendLine($"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} logical cores, load average at start {LoadAverage()}; client and server share the machine.")
            .AppendLine()
            .AppendLine("| Target | Requests | Failures | p50 | p95 | p99 | Throughput | p99 vs baseline | p99 < 50 ms |")
            .AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var r in results)
        {
            var ratio = r.P99Ms / baseline.P99Ms;
            text.AppendLine(CultureInfo.InvariantCulture, $"| {r.Target} | {r.Requests} | {r.Failures} | {r.P50Ms:0.0} ms | {r.P95Ms:0.0} ms | {r.P99Ms:0.0} ms | {r.RequestsPerSecond:0} req/s | {ratio:0.0}× | {(r.P99Ms < 50 ? "yes" : "no")} |");
        }

        text.AppendLine()
            .AppendLine(firstRenderMs is { } ms
                ? string.Create(CultureInfo.InvariantCulture, $"First render of the Russia–China dossier in headless Chromium (fresh context, navigation start to load event): {ms:0} ms (target < 1 000 ms: {(ms < 1000 ? "met" : "missed")}).")
                : "First render in a browser: not measured (no Chromium at /usr/bin/chromium).");
        return text.ToString();
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
