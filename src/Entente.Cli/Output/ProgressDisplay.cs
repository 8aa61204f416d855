using Entente.Cli.Hosting;
using Spectre.Console;

namespace Entente.Cli;

/// <summary>
/// Progress bars on the environment's error console when a person is watching; nothing when stderr is a pipe or a
/// log, or output is JSON or CSV. One renderer for every import: bundles, SIPRI files, event files (a bar per file).
/// </summary>
public static class ProgressDisplay
{
    /// <summary>One bar of <paramref name="total"/> steps; the work reports the steps done (null: no display).</summary>
    public static Task<T> RunAsync<T>(CommandContext context, string description, int total, Func<Action<int>?, Task<T>> work) =>
        RunAsync(context, report => work(report is null ? null : done => report(description, done, total)));

    /// <summary>A bar per named task; the work reports (task, done, total), in any unit (bytes of a file, records).</summary>
    public static async Task<T> RunAsync<T>(CommandContext context, Func<Action<string, long, long>?, Task<T>> work)
    {
        if (!context.Environment.ErrorIsInteractive || context.Json || context.Csv)
        {
            return await work(null);
        }

        return await context.Environment.ErrorConsole.Progress().AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                return await work((name, done, total) =>
                {
                    if (!tasks.TryGetValue(name, out var task))
                    {
                        tasks[name] = task = progress.AddTask(Markup.Escape(name), maxValue: Math.Max(total, 1));
                    }

                    task.Value = done;
                });
            });
    }
}
