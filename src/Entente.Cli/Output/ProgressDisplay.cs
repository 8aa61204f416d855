using Entente.Cli.Hosting;
using Spectre.Console;

namespace Entente.Cli;

/// <summary>A progress bar on stderr when a person is watching; nothing when stderr is a pipe or a log, or output is JSON.</summary>
public static class ProgressDisplay
{
    public static async Task<T> RunAsync<T>(CommandContext context, string description, int total, Func<Action<int>?, Task<T>> work)
    {
        if (!context.Environment.ErrorIsInteractive || context.Json || context.Csv)
        {
            return await work(null);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Environment.Error) });
        return await console.Progress().AutoClear(true).StartAsync(async progress =>
        {
            var task = progress.AddTask(description, maxValue: Math.Max(total, 1));
            return await work(done => task.Value = done);
        });
    }
}
