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

            var rows = new Tabular("File", "Layout", "Release", "Rows read", "Stored", "Repaired", "Rejected", "Result");
            foreach (var o in outcomes)
            {
                rows.Add(o.File, o.Layout?.ToString(), o.Release, o.RowsRead.ToString(), o.Stored.ToString(), o.Repaired.ToString(), o.Rejected.ToString(), o.Result);
            }

            context.WriteFigures(outcomes, rows, "SIPRI import");
            return outcomes.All(o => o.Ok) ? ExitCodes.Success : ExitCodes.InvalidInput;
        });
        return command;
    }

    private static async Task<Outcome> ImportOneAsync(CommandContext context, SqliteArmsTradeStore store, string path, CancellationToken cancellationToken)
    {
        SipriFile file;
        try
        {
            file = SipriReader.Shipped.Read(path);
        }
        catch (SipriFormatException ex)
        {
            context.Note(ex.Message);
            return new Outcome(path, null, null, 0, 0, 0, 1, false, $"refused: {ex.Reason}");
        }
        catch (IOException ex)
        {
            context.Note($"{path}: {ex.Message}");
            return new Outcome(path, null, null, 0, 0, 0, 1, false, "could not be read");
        }

        foreach (var repair in file.Repaired)
        {
            context.Note($"{repair} (repaired)");
        }

        var stored = file.Deliveries.Count + file.TableValues.Count + (file.Release.Layout == SipriLayout.ClassicRegister ? file.Deals.Count : 0);
        if (!file.IsComplete)
        {
            foreach (var reject in file.Rejected)
            {
                context.Note(reject.ToString());
            }

            return new Outcome(path, file.Release.Layout, file.Release.Id, file.RowsRead, 0, file.Repaired.Count, file.Rejected.Count, false,
                "not imported: every record must read for the file to be stored");
        }

        var summary = await store.ImportAsync(file, cancellationToken);
        return new Outcome(path, file.Release.Layout, file.Release.Id, file.RowsRead, summary.AlreadyImported ? 0 : stored, file.Repaired.Count, 0, true,
            summary.AlreadyImported ? "already imported (same SHA-256)" : "imported");
    }

    /// <summary>One file's result, for the table and for `--json`.</summary>
    public sealed record Outcome(string File, SipriLayout? Layout, string? Release, int RowsRead, int Stored, int Repaired, int Rejected, bool Ok, string Result);
}
