using System.CommandLine;
using Entente.Cli.Hosting;
using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary>`entente evidence`: filtered evidence items with their numbers and citations.</summary>
public static class EvidenceCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var filters = new EvidenceFilters();
        var command = new Command("evidence", "List evidence items, filtered by dyad, actor, type, theme, dates, grade or text.");
        filters.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var context = new CommandContext(environment, parse);
            await using var store = await context.OpenStoreAsync(cancellationToken);
            var query = filters.Query(context, await CommandContext.RegistryAsync(store, cancellationToken));
            var items = await store.QueryItemsAsync(query, cancellationToken);
            if (context.Json)
            {
                context.WriteJson(items);
                return ExitCodes.Success;
            }

            if (context.Csv)
            {
                Entente.Import.Csv.EvidenceCsvWriter.Write(context.Out.Profile.Out.Writer, items);
                return ExitCodes.Success;
            }

            var cited = items.SelectMany(i => i.Sources.Select(c => c.Source)).Distinct().ToList();
            var sources = (await store.QuerySourcesAsync(new SourceQuery { Ids = cited }, cancellationToken)).ToDictionary(s => s.Id);
            context.Out.Write(EvidenceTable.Create(items, sources));
            context.Note($"{items.Count} item(s).");
            return ExitCodes.Success;
        });
        return command;
    }
}
