using System.CommandLine;
using Entente.Cli.Hosting;
using Entente.Import.Bundle;
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
        import.Subcommands.Add(EventImport.Create(environment, "gdelt", "Import GDELT 1.0 or 2.0 event files (or, with --table mentions, 2.0 mentions) into the event warehouse."));
        import.Subcommands.Add(EventImport.Create(environment, "icews", "Import ICEWS event files (.tab) into the event warehouse."));
        return import;
    }

    private static Command Bundle(CliEnvironment environment)
    {
        var path = new Argument<string>("path") { Description = "A bundle: a YAML file or a directory of them." };
        var command = new Command("bundle", "Import an evidence bundle (validated first; all or nothing; re-importing changes nothing).") { path };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var context = new CommandContext(environment, parse);
            var origin = context.Value(path)!;
            var read = BundleValidator.Shipped.ReadAndValidate(origin);
            if (!read.IsValid)
            {
                DiagnosticPrinter.Write(environment.Error, read.Diagnostics);
                context.Note($"{origin}: {read.Diagnostics.Count} problem(s); nothing was imported.");
                return ExitCodes.InvalidInput;
            }

            await using var store = await context.OpenStoreAsync(cancellationToken);
            var analysis = await Structured.AnalysisBundle.ReadAsync(origin, read.Bundle, store, cancellationToken);
            if (!analysis.IsValid)
            {
                DiagnosticPrinter.Write(environment.Error, analysis.Diagnostics);
                context.Note($"{origin}: {analysis.Diagnostics.Count} problem(s); nothing was imported.");
                return ExitCodes.InvalidInput;
            }

            context.Note($"Importing {read.Bundle.Count} records from {origin} into {store.Location} …");
            var summary = await ProgressDisplay.RunAsync(context, "Importing", read.Bundle.Count, report =>
                store.ImportAsync(read.Bundle, Path.GetFullPath(origin), report is null ? null : new Progress<ImportProgress>(p => report(p.Done)), cancellationToken));
            Report(context, summary);
            await Structured.AnalysisBundle.ImportAsync(context, analysis, Path.GetFullPath(origin), cancellationToken);
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
        context.Note(summary.ChangedAnything ? $"Import {summary.ImportId} committed." : "Nothing changed: the store already holds this bundle.");
    }
}
