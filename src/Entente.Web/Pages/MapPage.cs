using Entente.Actors;
using Entente.ArmsTrade;
using Entente.Evidence;
using Entente.Web.Api;
using Entente.Web.Hosting;
using Entente.Web.Maps;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Entente.Web.Pages;

/// <summary>
/// The offline world map: exercise, patrol, deployment and security-presence locations from the evidence, and SIPRI
/// transfer flows into a region. Items are drawn at their coordinates, else at their sea's middle, else at their
/// country's centre, and the map says which.
/// </summary>
public static class MapPage
{
    private static readonly string[] LocatedTypes = ["exercise", "patrol", "deployment", "security-presence"];

    public static async Task<ContentHttpResult> RenderAsync(string? dyad, string? region, int? from, int? to, Workbench workbench, CancellationToken cancellationToken)
    {
        var registry = await workbench.RegistryAsync(cancellationToken);
        var (query, errors) = new EvidenceFilter { Dyad = dyad ?? "RUS-CHN", Type = LocatedTypes }.ToQuery(registry);
        if (query is null || (region is not null && !Region.Shipped.ContainsKey(region)))
        {
            return Layout.Page("Map", "Map", Html.Of($"<p role=\"alert\">{string.Join("; ", errors.Select(e => string.Join(" ", e.Value)))} {(region is null ? "" : $"Regions: {string.Join(", ", Region.Shipped.Keys)}.")}</p>"), StatusCodes.Status400BadRequest);
        }

        await using var store = await workbench.OpenStoreAsync(cancellationToken);
        var items = await store.QueryItemsAsync(query, cancellationToken);
        var world = WorldOutline.Shipped;
        var land = world.Countries.Select(c => Html.Of($"<path class=\"land\" d=\"{c.Path}\"><title>{c.Name}</title></path>"));
        var placed = items.Select(i => (Item: i, Point: Locate(i, registry, world))).ToList();
        var marks = placed.Where(p => p.Point is not null).Select(p => Html.Of($"""
            <a href="/items/{Layout.U(p.Item.Id)}" aria-label="{p.Item.Date}: {p.Item.Summary} ({p.Point!.Value.How})"><circle class="item" cx="{p.Point.Value.X:0.#}" cy="{p.Point.Value.Y:0.#}" r="3.5"><title>{p.Item.Date}: {p.Item.Summary} — drawn {p.Point.Value.How}</title></circle></a>
            """));
        var flows = await FlowsAsync(workbench, registry, world, region ?? "central-asia", from, to, cancellationToken);
        var unplaced = placed.Count(p => p.Point is null);
        return Layout.Page("Map", "Map", Html.Of($"""
            <form class="inline" method="get" action="/map" aria-label="Map contents">
            <label>Pair of actors (evidence)<input name="dyad" value="{dyad ?? "RUS-CHN"}"></label>
            <label>Region (SIPRI flows into it)<select name="region">{Region.Shipped.Values.Select(r => Html.Of($"<option value=\"{r.Id}\"{(r.Id == (region ?? "central-asia") ? Html.Of($" selected") : Html.Empty)}>{r.Label}</option>"))}</select></label>
            <label>From year<input type="number" name="from" value="{flows.From}"></label>
            <label>To year<input type="number" name="to" value="{flows.To}"></label>
            <button type="submit">Draw</button>
            </form>
            <figure id="map">
            <svg class="chart" viewBox="0 0 {WorldOutline.Width} {WorldOutline.Height}" role="group" aria-labelledby="map-caption">
            {land}{flows.Lines}{marks}
            </svg>
            <figcaption id="map-caption">Blue dots: {placed.Count - unplaced} exercises, patrols, deployments and security presences (each opens its item); {unplaced} more name no place the map can draw.
            Red lines: SIPRI arms transfers into the region, {flows.Caption}. World outline: Natural Earth 1:110m via world-atlas, bundled; no tiles are fetched.</figcaption>
            </figure>
            """));
    }

    /// <summary>Coordinates if given, else the sea's middle, else the country's centre; null if none.</summary>
    private static (double X, double Y, string How)? Locate(EvidenceItem item, ActorRegistry registry, WorldOutline world)
    {
        if (item.Place is not { } place)
        {
            return null;
        }

        if (place.Latitude is { } lat && place.Longitude is { } lon)
        {
            var (x, y) = WorldOutline.Project(lat, lon);
            return (x, y, "at its coordinates");
        }

        if (SeaPositions.Find(place.Sea) is { } sea)
        {
            var (x, y) = WorldOutline.Project(sea.Lat, sea.Lon);
            return (x, y, $"in the middle of the {place.Sea} (approximate)");
        }

        var country = place.Country is null ? null : world.ByIsoNumeric(registry.Find(place.Country)?.Code(CodeScheme.IsoNumeric));
        return country is null ? null : (country.Centre.X, country.Centre.Y, $"at the centre of {country.Name} (no finer place given)");
    }

    private sealed record Flows(IReadOnlyList<Html> Lines, string Caption, int? From, int? To);

    /// <summary>Each region member's suppliers over the period (TradeMatrix.Suppliers, as `entente market`), drawn from centre to centre.</summary>
    private static async Task<Flows> FlowsAsync(Workbench workbench, ActorRegistry registry, WorldOutline world, string regionId, int? from, int? to, CancellationToken cancellationToken)
    {
        if (await workbench.MatrixAsync(null, cancellationToken) is not { } matrix)
        {
            return new Flows([], "none: no SIPRI register is imported", from, to);
        }

        var last = Math.Clamp(to ?? matrix.Release.LastYear, matrix.Release.FirstYear, matrix.Release.LastYear);
        var first = Math.Clamp(from ?? last - 9, matrix.Release.FirstYear, last);
        var members = Region.Shipped[regionId].Members;
        var flows = members.SelectMany(r => matrix.Suppliers(r, first, last).Take(5).Select(s => (Supplier: s.Supplier, Recipient: r, s.Tiv))).ToList();
        var max = flows.Count == 0 ? 1 : (double)flows.Max(f => f.Tiv);
        (double X, double Y)? Centre(string id) => world.ByIsoNumeric(registry.Find(id)?.Code(CodeScheme.IsoNumeric))?.Centre;
        var lines = flows.Where(f => Centre(f.Supplier) is not null && Centre(f.Recipient) is not null).Select(f =>
        {
            var (a, b) = (Centre(f.Supplier)!.Value, Centre(f.Recipient)!.Value);
            var label = $"{f.Supplier} → {f.Recipient}, {first}–{last}: {f.Tiv:0.#} TIV";
            return Html.Of($"<a href=\"/deals/{Layout.U(f.Supplier)}/{Layout.U(f.Recipient)}\" aria-label=\"{label}\"><path class=\"flow\" d=\"M{a.X:0.#},{a.Y:0.#}Q{(a.X + b.X) / 2:0.#},{Math.Min(a.Y, b.Y) - 20:0.#} {b.X:0.#},{b.Y:0.#}\" stroke-width=\"{0.5 + ((double)f.Tiv / max * 4):0.##}\"><title>{label}</title></path></a>");
        }).ToList();
        return new Flows(lines, $"{first}–{last}, SIPRI TIV release {matrix.Release.Id}, each recipient's five largest suppliers (width by TIV; each line opens the register rows)", first, last);
    }
}
