using System.Diagnostics;

namespace Entente.Benchmarks.Web;

/// <summary>One target's latency distribution and throughput under a fixed number of concurrent clients.</summary>
internal sealed record LoadResult(string Target, int Clients, int Requests, int Failures, double P50Ms, double P95Ms, double P99Ms, double RequestsPerSecond);

/// <summary>
/// A bounded closed-loop load generator: <c>clients</c> tasks share a budget of requests and stop when it is spent or
/// the time limit passes, whichever comes first, so a run always ends by itself.
/// </summary>
internal static class LoadGenerator
{
    public static async Task<LoadResult> RunAsync(HttpClient http, Uri url, string target, int clients, int requests, TimeSpan limit)
    {
        // Warm-up: first-call costs (JIT, caches, connections) are not what a steady workbench pays.
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => http.GetAsync(url)));
        var latencies = new double[requests];
        var next = -1;
        var failures = 0;
        using var deadline = new CancellationTokenSource(limit);
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < requests && !deadline.IsCancellationRequested)
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync(url, HttpCompletionOption.ResponseContentRead);
                latencies[index] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }));
        var elapsed = wall.Elapsed.TotalSeconds;
        var done = Math.Min(requests, next);
        var sorted = latencies.Take(done).Order().ToArray();
        double Percentile(double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        return new LoadResult(target, clients, done, failures, Percentile(0.50), Percentile(0.95), Percentile(0.99), done / elapsed);
    }
}
