using System.CommandLine;
using Entente.Cli.Hosting;
using Entente.Warehouse;
using Spectre.Console;

namespace Entente.Cli.Commands;

/// <summary>
/// `entente import gdelt|icews FILE...`: event files (plain, .gz or .zip) into the warehouse, one transaction per file,
/// with a progress bar; files already imported are skipped. Rejected rows are listed as `file:line: reason`
/// (the first few per file; all are in the warehouse's `rejects` table) and make the exit status 1.
/// </summary>
public static class EventImport
{
    public static Command Create(CliEnvironment environment, string name, string description)
    {
        var files = new Argument<string[]>("files") { Description = "Event files: plain, .gz or .zip, as the provider publishes them.", Arity = ArgumentArity.OneOrMore };
        var command = new Command(name, description) { files };
        Option<string>? table = null;
        if (name == "gdelt")
        {
            table = new Option<string>("--table") { Description = "events (1.0 or 2.0, detected) | mentions (2.0).", DefaultValueFactory = _ => "events" };
            table.AcceptOnlyFromAmong("events", "mentions");
            command.Options.Add(table);
        }

        command.SetAction((parse, cancellationToken) =>
        {
            var context = new CommandContext(environment, parse);
            var kind = name == "icews" ? EventKind.Icews : context.Value(table!) == "mentions" ? EventKind.GdeltMentions : EventKind.GdeltEvents;
            var paths = context.Value(files)!;
            foreach (var missing in paths.Where(p => !File.Exists(p)))
            {
                throw new CliException(ExitCodes.NotFound, $"{missing}: no such file");
            }

            using var warehouse = context.OpenWarehouse();
            var results = WithProgress(context, progress => warehouse.Import(paths, kind, progress, cancellationToken));
            Report(context, results);
            return Task.FromResult(results.Any(r => r.HasProblems) ? ExitCodes.InvalidInput : ExitCodes.Success);
        });
        return command;
    }

    private static IReadOnlyList<FileImport> WithProgress(CommandContext context, Func<IProgress<ImportProgress>?, IReadOnlyList<FileImport>> run)
    {
        if (!context.Environment.ErrorIsInteractive || context.Json)
        {
            return run(null);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Environment.Error) });
        return console.Progress().AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
            .Start(progressContext =>
            {
                var tasks = new Dictionary<string, ProgressTask>();
                return run(new SynchronousProgress(p =>
                {
                    if (!tasks.TryGetValue(p.File, out var task))
                    {
                        tasks[p.File] = task = progressContext.AddTask(Markup.Escape(Path.GetFileName(p.File)), maxValue: Math.Max(p.BytesTotal, 1));
                    }

                    task.Value = p.BytesRead;
                }));
            });
    }

    private static void Report(CommandContext context, IReadOnlyList<FileImport> results)
    {
        foreach (var result in results)
        {
            foreach (var example in result.Examples)
            {
                context.Environment.Error.WriteLine(Display.Safe($"{result.File}:{example.Line}: {example.Reason}"));
            }

            if (result.Rejected > result.Examples.Count)
            {
                context.Note($"{result.File}: {result.Rejected} row(s) rejected in all; the warehouse's rejects table lists each with its line and reason.");
            }
        }

        var skipped = results.Count(r => r.Status == FileImportStatus.Skipped);
        context.Note($"{results.Sum(r => r.Added)} event(s) added from {results.Count - skipped} file(s)" +
            (skipped > 0 ? $"; {skipped} already imported, skipped" : "") + ".");
        if (context.Json)
        {
            context.WriteJson(results);
            return;
        }

        var table = new Table().AddColumns("File", "Layout", "Status", "Rows", "Added", "Duplicates", "Rejected", "MB/s");
        foreach (var r in results)
        {
            var speed = r.Elapsed.TotalSeconds > 0 && r.Status != FileImportStatus.Skipped ? $"{r.Bytes / 1e6 / r.Elapsed.TotalSeconds:0.0}" : "";
            table.AddRow(Cells.Text(Path.GetFileName(r.File)), Cells.Text(r.Layout), Cells.Text(r.Status.ToString().ToLowerInvariant()),
                Cells.Text($"{r.Rows}"), Cells.Text($"{r.Added}"), Cells.Text($"{r.Duplicates}"), Cells.Text($"{r.Rejected}"), Cells.Text(speed));
        }

        context.Out.Write(table);

    }

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to the thread pool and race the bar).</summary>
    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
