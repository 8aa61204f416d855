using Entente.Evidence;
using Entente.Storage;
using Entente.Web.Hosting;

namespace Entente.Web.Api;

/// <summary>A page of evidence: the store's query (the CLI's), sorted and cut into pages.</summary>
public sealed record EvidenceResults(int Total, int Page, int PageSize, string Sort, IReadOnlyList<EvidenceItem> Items)
{
    public int Pages => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;

    public static async Task<EvidenceResults> RunAsync(Workbench workbench, EvidenceQuery query, EvidenceFilter filter, CancellationToken cancellationToken)
    {
        await using var store = await workbench.OpenStoreAsync(cancellationToken);
        var items = await store.QueryItemsAsync(query, cancellationToken);
        var sort = filter.Sort ?? "date";
        IEnumerable<EvidenceItem> sorted = sort switch
        {
            "-date" => items.OrderByDescending(i => i.Date.Start).ThenBy(i => i.Id, StringComparer.Ordinal),
            "type" => items.OrderBy(i => i.Type, StringComparer.Ordinal).ThenBy(i => i.Date.Start),
            "id" => items.OrderBy(i => i.Id, StringComparer.Ordinal),
            _ => items.OrderBy(i => i.Date.Start).ThenBy(i => i.Id, StringComparer.Ordinal),
        };
        var size = filter.PageSize ?? EvidenceFilter.DefaultPageSize;
        var page = filter.Page ?? 1;
        return new EvidenceResults(items.Count, page, size, sort, [.. sorted.Skip((page - 1) * size).Take(size)]);
    }
}
