using System.CommandLine;
using Entente.Cli.Hosting;
using Entente.Evidence;
using Entente.Storage;
using Spectre.Console;

namespace Entente.Cli.Commands;

/// <summary>`entente show ID`: one item (or source) in full, with its citations and grades; `--history` for earlier versions.</summary>
public static class ShowCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var id = new Argument<string>("id") { Description = "An evidence item or source id." };
        var history = new Option<bool>("--history") { Description = "Also list the item's earlier versions." };
        var command = new Command("show", "Show an evidence item with its citations, grades and annotations.") { id, history };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var context = new CommandContext(environment, parse);
            await using var store = await context.OpenStoreAsync(cancellationToken);
            var key = context.Value(id)!;
            if (await store.FindItemAsync(key, cancellationToken) is { } item)
            {
                var sources = (await store.QuerySourcesAsync(new SourceQuery { Ids = [.. item.Sources.Select(c => c.Source)] }, cancellationToken)).ToDictionary(s => s.Id);
                var versions = context.Value(history) ? await store.ItemHistoryAsync(key, cancellationToken) : [];
                if (context.Json)
                {
                    context.WriteJson(new { item, sources = sources.Values, history = versions });
                }
                else
                {
                    ItemView.Write(context.Out, item, sources);
                    WriteHistory(context.Out, versions);
                }

                return ExitCodes.Success;
            }

            if (await store.FindSourceAsync(key, cancellationToken) is { } source)
            {
                if (context.Json)
                {
                    context.WriteJson(source);
                }
                else
                {
                    context.Out.Write(ItemView.Source(source));
                }

                return ExitCodes.Success;
            }

            throw new CliException(ExitCodes.NotFound, $"no evidence item or source '{key}' in {store.Location}");
        });
        return command;
    }

    private static void WriteHistory(IAnsiConsole console, IReadOnlyList<RecordVersion<EvidenceItem>> versions)
    {
        if (versions.Count == 0)
        {
            return;
        }

        var table = new Table().Title("Versions").AddColumns("Version", "Import", "Imported at", "Summary");
        foreach (var version in versions)
        {
            table.AddRow(Cells.Text(version.Version.ToString()), Cells.Text(version.ImportId.ToString()), Cells.Text(version.ImportedAt.ToString("u")), Cells.Text(version.Record.Summary));
        }

        console.Write(table);
    }
}
