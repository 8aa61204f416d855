using System.CommandLine;
using Entente.Cli.Hosting;
using Entente.Datasets;
using Entente.Import.Atop;
using Entente.Import.Datasets;
using Entente.Import.Mme;
using Entente.Import.Stata;
using Entente.Import.Unga;
using Entente.Storage.Datasets;
using Entente.Storage.Sqlite;

namespace Entente.Cli.Commands;

/// <summary>
/// `entente import atop FILE...`, `import mme FILE`, `import unga FILE`: each file's valid rows are stored in one
/// transaction with its source record, every bad row is listed as file:line: reason (and kept), and the command
/// exits 1 when any row or file was rejected. The identical file imported again adds nothing.
/// </summary>
public static class DatasetImport
{
    public static IEnumerable<Command> Create(CliEnvironment environment)
    {
        yield return Command(environment, "atop", "Import ATOP alliance-level and member-level CSV files (4.01; 5.x headers accepted).", ImportAtopAsync);
        yield return Command(environment, "mme", "Import the Multinational Military Exercises (MME) CSV file as exercise evidence.", ImportMmeAsync);
        yield return Command(environment, "unga", "Import the Bailey-Strezhnev-Voeten UN General Assembly ideal points (Stata 118 .dta).", ImportUngaAsync);
    }

    private delegate Task<(DatasetFile File, IReadOnlyList<DatasetReject> Rejected, DatasetImportSummary Summary)> Importer(
        CommandContext context, string path, CancellationToken cancellationToken);

    private static Command Command(CliEnvironment environment, string name, string description, Importer importer)
    {
        var files = new Argument<string[]>("files") { Description = "Dataset files as downloaded from the provider.", Arity = ArgumentArity.OneOrMore };
        var command = new Command(name, description) { files };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var context = new CommandContext(environment, parse);
            await (await context.OpenStoreAsync(cancellationToken)).DisposeAsync();
            var outcomes = new List<Outcome>();
            foreach (var path in context.Value(files)!)
            {
                outcomes.Add(await ImportOneAsync(context, path, importer, cancellationToken));
            }

            var rows = new Tabular("File", "Dataset", "Layout", "Version", "Rows read", "Stored", "Rejected", "Result");
            foreach (var o in outcomes)
            {
                rows.Add(o.File, o.Dataset, o.Layout, o.Version, o.RowsRead.ToString(), o.Stored.ToString(), o.Rejected.ToString(), o.Result);
            }

            context.WriteFigures(outcomes, rows, $"{name.ToUpperInvariant()} import");
            return outcomes.All(o => o.Ok) ? ExitCodes.Success : ExitCodes.InvalidInput;
        });
        return command;
    }

    private static async Task<Outcome> ImportOneAsync(CommandContext context, string path, Importer importer, CancellationToken cancellationToken)
    {
        try
        {
            var (file, rejected, summary) = await importer(context, path, cancellationToken);
            if (!summary.AlreadyImported)
            {
                context.Committed($"{Path.GetFileName(path)} ({file.Dataset} {file.Version})");
            }

            foreach (var reject in rejected)
            {
                context.Note(reject.ToString());
            }

            return new Outcome(path, file.Dataset, file.Layout, file.Version, file.RowsRead, summary.Stored, rejected.Count, rejected.Count == 0,
                summary.AlreadyImported ? "already imported (same SHA-256)" : rejected.Count == 0 ? "imported" : "imported without the rejected rows");
        }
        catch (Exception ex) when (ex is DatasetFormatException or StataFormatException or IOException or UnauthorizedAccessException)
        {
            context.Note(ex.Message);
            return new Outcome(path, null, null, null, 0, 0, 0, false, "refused: " + ((ex as DatasetFormatException)?.Reason ?? (ex as StataFormatException)?.Reason ?? ex.Message));
        }
    }

    private static async Task<(DatasetFile, IReadOnlyList<DatasetReject>, DatasetImportSummary)> ImportAtopAsync(CommandContext context, string path, CancellationToken cancellationToken)
    {
        var file = new AtopReader(await RegistryAsync(context, cancellationToken)).Read(path);
        await using var store = await SqliteDatasetStore.OpenAsync(context.StorePath, cancellationToken);
        return (file.File, file.Rejected, await store.ImportAtopAsync(file, cancellationToken));
    }

    private static async Task<(DatasetFile, IReadOnlyList<DatasetReject>, DatasetImportSummary)> ImportMmeAsync(CommandContext context, string path, CancellationToken cancellationToken)
    {
        var file = new MmeReader(await RegistryAsync(context, cancellationToken)).Read(path);
        await using var store = await SqliteEvidenceStore.OpenAsync(context.StorePath, cancellationToken);
        return (file.File, file.Rejected, await store.ImportMmeAsync(file, cancellationToken: cancellationToken));
    }

    private static async Task<(DatasetFile, IReadOnlyList<DatasetReject>, DatasetImportSummary)> ImportUngaAsync(CommandContext context, string path, CancellationToken cancellationToken)
    {
        var file = new IdealPointReader(await RegistryAsync(context, cancellationToken)).Read(path);
        await using var store = await SqliteDatasetStore.OpenAsync(context.StorePath, cancellationToken);
        return (file.File, file.Rejected, await store.ImportIdealPointsAsync(file, cancellationToken));
    }

    private static async Task<Actors.ActorRegistry> RegistryAsync(CommandContext context, CancellationToken cancellationToken)
    {
        await using var store = await context.OpenStoreAsync(cancellationToken);
        return await CommandContext.RegistryAsync(store, cancellationToken);
    }

    /// <summary>One file's result, for the table and for `--json`.</summary>
    public sealed record Outcome(string File, string? Dataset, string? Layout, string? Version, int RowsRead, int Stored, int Rejected, bool Ok, string Result);
}
