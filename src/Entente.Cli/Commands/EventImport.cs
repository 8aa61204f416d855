using System.CommandLine;
using Entente.Cli.Hosting;
using Entente.Import.Events;
using Entente.Warehouse;

namespace Entente.Cli.Commands;

/// <summary>
/// `entente import NAME FILE...` for each registered event dataset (gdelt, icews …): event files (plain, .gz or .zip)
/// into the warehouse, one transaction per file, with a progress bar; files already imported are skipped. The
/// command composes the dataset's reader with the warehouse. Rejected rows are listed as `file:line: reason` (the
/// first few per file; all are in the warehouse's `rejects` table) and make the exit status 1.
/// </summary>
public static class EventImport
{
    public static Command Create(CliEnvironment environment, EventDataset dataset)
    {
        var files = new Argument<string[]>("files") { Description = "Event files: plain, .gz or .zip, as the provider publishes them.", Arity = ArgumentArity.OneOrMore };
        var command = new Command(dataset.Name, dataset.Description) { files };
        Option<string>? table = null;
        if (dataset.Mentions is not null)
        {
            table = new Option<string>("--table") { Description = "events | mentions.", DefaultValueFactory = _ => "events" };
            table.AcceptOnlyFromAmong("events", "mentions");
            command.Options.Add(table);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            var context = new CommandContext(environment, parse);
            var paths = context.Value(files)!;
            foreach (var missing in paths.Where(p => !File.Exists(p)))
            {
                throw new CliException(ExitCodes.NotFound, Directory.Exists(missing) ? $"{missing} is a folder; give the event files in it" : $"{missing}: no such file");
            }

            var mentions = table is not null && context.Value(table) == "mentions";
            using var warehouse = context.OpenWarehouse();
            var mentionReader = mentions ? dataset.Mentions!() : null;
            var eventReader = mentions ? null : dataset.Events(warehouse.Actors);
            var asked = mentionReader?.Table ?? eventReader!.Table;
            IReadOnlyList<FileImport> results;
            try
            {
                results = await ProgressDisplay.RunAsync(context, report =>
                {
                    var progress = report is null ? null : new SynchronousProgress(p => report(Path.GetFileName(p.File), p.BytesRead, p.BytesTotal));
                    return Task.FromResult(mentionReader is not null
                        ? warehouse.Import(paths, mentionReader, progress, cancellationToken)
                        : warehouse.Import(paths, eventReader!, progress, cancellationToken));
                });
            }
            catch (EventImportInterruptedException ex)
            {
                throw new CliException(ExitCodes.Cancelled, ex.Message);
            }

            EventImportReport.Write(context, asked, results);
            return results.Any(r => r.HasProblems) ? ExitCodes.InvalidInput : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to the thread pool and race the bar).</summary>
    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
