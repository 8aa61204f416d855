using System.CommandLine;
using Entente.Cli.Hosting;
using Entente.Storage;
using Spectre.Console;

namespace Entente.Cli.Commands;

/// <summary>`entente import bundle PATH`: validate, then write all of it in one transaction or nothing; `import gdelt|icews FILE...`: event data.</summary>
public static class ImportCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var import = new Command("import", "Import data into the evidence store.");
        import.Subcommands.Add(Bundle(environment));
        import.Subcommands.Add(SipriImport.Create(environment));
        foreach (var dataset in Entente.Import.Events.EventDatasets.All)
        {
            import.Subcommands.Add(EventImport.Create(environment, dataset));
        }

        return import;
    }

    private static Command Bundle(CliEnvironment environment)
    {
        var path = new Argument<string>("path") { Description = "A bundle: a YAML file or a directory of them." };
        var replace = new Option<bool>("--replace")
        {
            Description = "Replace actors, sources and items that another bundle owns (their earlier versions are kept, and each is reported).",
        };
        var command = new Command("bundle", "Import an evidence bundle (validated first; all or nothing; re-importing changes nothing).") { path, replace };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var context = new CommandContext(environment, parse);
            var origin = context.Value(path)!;
            await using var store = await context.OpenStoreAsync(cancellationToken);
            var read = (await CommandContext.ValidatorAsync(store, cancellationToken)).ReadAndValidate(origin);
            if (!read.IsValid)
            {
                DiagnosticPrinter.Write(environment.Error, read.Diagnostics);
                context.Note($"{origin}: {read.Diagnostics.Count} problem(s); nothing was imported.");
                return ExitCodes.InvalidInput;
            }

            context.Note($"Importing {read.Bundle.Count} records from {origin} into {store.Location} …");
            var summary = await ProgressDisplay.RunAsync(context, "Importing", read.Bundle.Count, report =>
                store.ImportAsync(read.Bundle, new ImportOptions
                {
                    Origin = Path.GetFullPath(origin),
                    OthersRecords = context.Value(replace) ? OthersRecords.Replace : OthersRecords.Refuse,
                    Progress = report is null ? null : new Progress<ImportProgress>(p => report(p.Done)),
                }, cancellationToken));
            Report(context, summary);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Report(CommandContext context, ImportSummary summary)
    {
        if (context.Json)
        {
            context.WriteJson(summary);
            return;
        }

        var table = new Table().AddColumns("Records", "Added", "Updated", "Unchanged");
        foreach (var (name, changes) in new[] { ("actors", summary.Actors), ("sources", summary.Sources), ("items", summary.Items) })
        {
            table.AddRow(name, changes.Added.ToString(), changes.Updated.ToString(), changes.Unchanged.ToString());
        }

        context.Out.Write(table);
        foreach (var replaced in summary.Replaced)
        {
            context.Note($"Replaced {replaced.Kind} '{replaced.Id}', owned until now by {replaced.Owner}; its earlier version is kept.");
        }

        context.Note(summary.ChangedAnything ? $"Import {summary.ImportId} committed." : "Nothing changed: the store already holds this bundle.");
    }
}
