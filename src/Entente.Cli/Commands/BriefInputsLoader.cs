using Entente.Actors;
using Entente.Cli.Hosting;
using Entente.Reports.Briefs;
using Entente.Reports.Data;
using Entente.Reports.Lint;
using Entente.Storage;
using Entente.Warehouse;
using Entente.Warehouse.Queries;

namespace Entente.Cli.Commands;

/// <summary>Gathers a brief's inputs from the stores: the dyad's evidence, SIPRI, the event warehouse (if present) and the lint.</summary>
internal static class BriefInputsLoader
{
    public static async Task<BriefInputs> LoadAsync(CommandContext context, string a, string b, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var store = await context.OpenStoreAsync(cancellationToken);
        var registry = await CommandContext.RegistryAsync(store, cancellationToken);
        var (actorA, actorB) = (context.ResolveActor(registry, a), context.ResolveActor(registry, b));

        // Items of either state: their dealings with third countries belong to the dyad's story (competition, the Arctic).
        var items = (await store.QueryItemsAsync(new EvidenceQuery { Actors = [actorA.Id] }, cancellationToken))
            .Concat(await store.QueryItemsAsync(new EvidenceQuery { Actors = [actorB.Id] }, cancellationToken))
            .DistinctBy(i => i.Id).OrderBy(i => i.Id, StringComparer.Ordinal).ToList();
        if (items.Count == 0)
        {
            context.Note($"The store holds no evidence on {actorA.Name} or {actorB.Name}; the brief carries what the imported datasets give.");
        }

        var cited = items.SelectMany(i => i.Sources).Select(c => c.Source).ToHashSet(StringComparer.Ordinal);
        var sources = (await store.QuerySourcesAsync(SourceQuery.All, cancellationToken)).Where(s => cited.Contains(s.Id)).OrderBy(s => s.Id, StringComparer.Ordinal).ToList();

        await using var trade = await Storage.ArmsTrade.SqliteArmsTradeStore.OpenAsync(context.StorePath, cancellationToken);
        var arms = await ArmsTradeEvidence.LoadAsync(trade, items, registry, cancellationToken);
        var findings = Linter.Shipped.Run(new LintCase
        {
            Items = items,
            Sources = sources,
            Today = DateOnly.FromDateTime(at.UtcDateTime),
            Releases = arms.Files,
            ClaimChecks = arms.ClaimChecks,
        });
        return new BriefInputs
        {
            A = actorA,
            B = actorB,
            Items = items,
            Sources = sources,
            ArmsTrade = arms,
            Events = Events(context, actorA, actorB),
            Findings = findings,
            At = at,
        };
    }

    /// <summary>The dyad's yearly series when a warehouse exists; a brief never creates one.</summary>
    private static List<EventYear> Events(CommandContext context, Actor a, Actor b)
    {
        if (!File.Exists(context.WarehousePath))
        {
            return [];
        }

        using var warehouse = EventWarehouse.Open(context.WarehousePath);
        return [.. warehouse.DyadSeries(new DyadQuery { Actor1 = a.Id, Actor2 = b.Id, By = SeriesPeriod.Year })
            .OrderBy(p => p.Period).Select(p => new EventYear(p.Period.Year, p.Events, p.MeanTone, p.MeanGoldstein))];
    }
}
