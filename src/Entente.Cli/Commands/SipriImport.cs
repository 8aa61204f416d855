using System.CommandLine;
using Entente.ArmsTrade;
using Entente.Cli.Hosting;
using Entente.Import.Sipri;
using Entente.Storage.ArmsTrade;

namespace Entente.Cli.Commands;

/// <summary>
/// `entente import sipri FILE...`: each file is read whole, checked, and stored in one transaction — or refused with
/// every rejected record listed as file:line: reason. Other files in the same call are still imported.
/// </summary>
public static class SipriImport
{
    public static Command Create(CliEnvironment environment)
    {
        var files = new Argument<string[]>("files") { Description = "SIPRI Arms Transfers Database CSV exports (registers or TIV tables).", Arity = ArgumentArity.OneOrMore };
        var command = new Command("sipri", "Import SIPRI arms-transfer exports; every layout is recognised from its content.") { files };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var context = new CommandContext(environment, parse);
            await using var store = await context.OpenArmsTradeAsync(cancellationToken);
            var paths = context.Value(files)!;
            var outcomes = await ProgressDisplay.RunAsync(context, "Importing SIPRI files", paths.Length, async report =>
            {
                var results = new List<Outcome>();
                foreach (var path in paths)
                {
                    results.Add(await ImportOneAsync(context, store, path, cancellationToken));
                    report?.Invoke(results.Count);
                }

                return results;
            });

            var rows = new Tabular("File", "Layout", "Release", "Rows read", "Stored", "Repaired", "Duplicates", "Rejected", "Result");
            foreach (var o in outcomes)
            {
                rows.Add(o.File, o.Layout?.ToString(), o.Release, o.RowsRead, o.Stored, o.Repaired, o.Duplicates, o.Rejected, o.Result);
            }

            context.WriteFigures(outcomes, rows, "SIPRI import");
            return outcomes.All(o => o.Ok) ? ExitCodes.Success : ExitCodes.InvalidInput;
        });
        return command;
    }

    private static async Task<Outcome> ImportOneAsync(CommandContext context, SqliteArmsTradeStore store, string path, CancellationToken cancellationToken)
    {
        SipriImportSummary summary;
        try
        {
            using var reading = SipriReader.Shipped.Open(path);
            summary = await store.ImportAsync(reading.Release, reading.Batches(), reading.Outcome, cancellationToken);
        }
        catch (SipriFormatException ex)
        {
            context.Note(ex.Message);
            return new Outcome(path, null, null, 0, 0, 0, 0, 1, false, $"refused: {ex.Reason}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            context.Note($"{path}: cannot be read: {ex.Message}");
            return new Outcome(path, null, null, 0, 0, 0, 0, 1, false, "could not be read");
        }

        var file = summary.Outcome;
        if (summary.AlreadyImported)
        {
            return new Outcome(path, file.Release.Layout, file.Release.Id, 0, 0, 0, 0, 0, true, "already imported (same SHA-256)");
        }

        Notes(context, file.Repaired, 0, "(repaired)");
        Notes(context, file.Duplicates, file.DuplicatesUnlisted, "(duplicate, kept)");
        var stored = summary.Deliveries + summary.TableValues + (file.Release.Layout == SipriLayout.ClassicRegister ? summary.Deals : 0);
        if (!file.IsComplete)
        {
            Notes(context, file.Rejected, file.RejectedUnlisted, "");
            return new Outcome(path, file.Release.Layout, file.Release.Id, file.RowsRead, 0, file.Repaired.Count, file.DuplicateCount, file.RejectedCount, false,
                "not imported: every record must read for the file to be stored");
        }

        context.Committed($"{Path.GetFileName(path)} (SIPRI {file.Release.Layout}, release {file.Release.Id})");
        return new Outcome(path, file.Release.Layout, file.Release.Id, file.RowsRead, stored, file.Repaired.Count, file.DuplicateCount, 0, true, "imported");
    }

    private static void Notes(CommandContext context, IReadOnlyList<SipriReject> listed, int unlisted, string suffix)
    {
        foreach (var note in listed)
        {
            context.Note($"{note} {suffix}".TrimEnd());
        }

        if (unlisted > 0)
        {
            context.Note($"... and {unlisted} more not listed.");
        }
    }

    /// <summary>One file's result, for the table and for `--json`.</summary>
    public sealed record Outcome(string File, SipriLayout? Layout, string? Release, int RowsRead, int Stored, int Repaired, int Duplicates, int Rejected, bool Ok, string Result);
}
