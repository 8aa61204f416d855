using Entente.Evidence;
using Entente.Sources;
using Entente.Storage;
using Entente.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Entente.Web.Api;

/// <summary>/api/evidence and /api/items/{id}: the CLI's `evidence` and `show` over HTTP.</summary>
public static class EvidenceApi
{
    public static void MapEvidenceApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("").WithTags("Evidence");
        group.MapGet("/evidence", ListAsync).WithSummary("Evidence items matching the CLI's filters, sorted and paged.");
        group.MapGet("/items/{id}", ItemAsync).WithSummary("An item with its cited sources, history and related items.");
    }

    public static async Task<Results<Ok<EvidenceResults>, ValidationProblem>> ListAsync([AsParameters] EvidenceFilter filter, Workbench workbench, CancellationToken cancellationToken)
    {
        var (query, errors) = filter.ToQuery(await workbench.RegistryAsync(cancellationToken));
        if (query is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await EvidenceResults.RunAsync(workbench, query, filter, cancellationToken));
    }

    public static async Task<Results<Ok<ItemDetail>, ProblemHttpResult>> ItemAsync(string id, Workbench workbench, CancellationToken cancellationToken)
    {
        var detail = await ItemDetail.LoadAsync(workbench, id, cancellationToken);
        return detail is null
            ? TypedResults.Problem($"no evidence item has the id '{id}'", statusCode: StatusCodes.Status404NotFound, title: "No such item")
            : TypedResults.Ok(detail);
    }
}

/// <summary>An item with what the item page shows: its cited sources, its stored versions and items that cite the same sources.</summary>
public sealed record ItemDetail(EvidenceItem Item, IReadOnlyList<Source> Sources, IReadOnlyList<RecordVersion<EvidenceItem>> History, IReadOnlyList<EvidenceItem> Related)
{
    public static async Task<ItemDetail?> LoadAsync(Workbench workbench, string id, CancellationToken cancellationToken)
    {
        await using var store = await workbench.OpenStoreAsync(cancellationToken);
        if (await store.FindItemAsync(id, cancellationToken) is not { } item)
        {
            return null;
        }

        var sourceIds = item.Sources.Select(s => s.Source).Distinct().ToList();
        var sources = sourceIds.Count == 0 ? [] : await store.QuerySourcesAsync(new SourceQuery { Ids = sourceIds }, cancellationToken);
        var history = await store.ItemHistoryAsync(id, cancellationToken);
        var related = await RelatedAsync(store, item, cancellationToken);
        return new ItemDetail(item, sources, history, related);
    }

    /// <summary>Other items of the same actors and themes, nearest in time first (at most ten).</summary>
    private static async Task<IReadOnlyList<EvidenceItem>> RelatedAsync(IEvidenceStore store, EvidenceItem item, CancellationToken cancellationToken)
    {
        if (item.Themes.Count == 0)
        {
            return [];
        }

        var actors = item.Actors.Select(a => a.Actor).Distinct().Take(2).ToList();
        var candidates = await store.QueryItemsAsync(new EvidenceQuery { Actors = actors, Themes = item.Themes }, cancellationToken);
        return [.. candidates.Where(c => c.Id != item.Id)
            .OrderBy(c => Math.Abs(c.Date.Start.DayNumber - item.Date.Start.DayNumber)).ThenBy(c => c.Id, StringComparer.Ordinal).Take(10)];
    }
}
