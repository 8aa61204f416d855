using Entente.ArmsTrade;
using Entente.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Entente.Web.Api;

/// <summary>/api/trade and /api/market: `entente trade` and `entente market` over HTTP, plus the register rows behind a dyad.</summary>
public static class TradeApi
{
    public static void MapTradeApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("").WithTags("Arms trade (SIPRI)");
        group.MapGet("/trade/{supplier}/{recipient}", TradeAsync).WithSummary("A directed dyad per year: TIV, shares, rank, HHI, 5-year sum.");
        group.MapGet("/trade/{supplier}/{recipient}/deals", DealsAsync).WithSummary("The SIPRI register rows (deals) behind a directed dyad, optionally those delivering in one year.");
        group.MapGet("/market", MarketAsync).WithSummary("Suppliers' shares of a region's or a recipient's imports over a period.");
    }

    public sealed record TradeAnswer(string Release, string File, IReadOnlyList<DyadYear> Years);

    public sealed record DealsAnswer(string Release, string File, IReadOnlyList<ArmsDeal> Deals);

    public sealed record MarketAnswer(string Release, IReadOnlyList<string> Recipients, int From, int To, IReadOnlyList<MarketShare> Shares);

    public static async Task<Results<Ok<TradeAnswer>, ProblemHttpResult>> TradeAsync(string supplier, string recipient, string? release, int? from, int? to, Workbench workbench, CancellationToken cancellationToken)
    {
        var registry = await workbench.RegistryAsync(cancellationToken);
        if (!ActorLookup.TryResolve(registry, supplier, out var s, out var problem) || !ActorLookup.TryResolve(registry, recipient, out var r, out problem))
        {
            return problem;
        }

        if (await workbench.MatrixAsync(release, cancellationToken) is not { } matrix)
        {
            return NoRegister(release);
        }

        var years = Enumerable.Range(from ?? matrix.Release.FirstYear, Math.Max(0, (to ?? matrix.Release.LastYear) - (from ?? matrix.Release.FirstYear) + 1));
        return TypedResults.Ok(new TradeAnswer(matrix.Release.Id, matrix.Release.File, [.. years.Select(y => matrix.Indicators(s.Id, r.Id, y)).OfType<DyadYear>()]));
    }

    public static async Task<Results<Ok<DealsAnswer>, ProblemHttpResult>> DealsAsync(string supplier, string recipient, string? release, int? year, Workbench workbench, CancellationToken cancellationToken)
    {
        var registry = await workbench.RegistryAsync(cancellationToken);
        if (!ActorLookup.TryResolve(registry, supplier, out var s, out var problem) || !ActorLookup.TryResolve(registry, recipient, out var r, out problem))
        {
            return problem;
        }

        if (await workbench.MatrixAsync(release, cancellationToken) is not { } matrix)
        {
            return NoRegister(release);
        }

        var deals = await workbench.DealsAsync(matrix.Release.Id, s.Id, r.Id, cancellationToken);
        return TypedResults.Ok(new DealsAnswer(matrix.Release.Id, matrix.Release.File, [.. deals.Where(d => year is null || d.DeliveryYears.Contains(year.Value))]));
    }

    public static async Task<Results<Ok<MarketAnswer>, ProblemHttpResult>> MarketAsync(string? region, string? recipient, int? from, int? to, string? release, Workbench workbench, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> recipients;
        if (region is not null)
        {
            if (!Region.Shipped.TryGetValue(region, out var found))
            {
                return TypedResults.Problem($"unknown region '{region}'; known: {string.Join(", ", Region.Shipped.Keys)}", statusCode: 400, title: "Unknown region");
            }

            recipients = found.Members;
        }
        else if (recipient is not null && ActorLookup.TryResolve(await workbench.RegistryAsync(cancellationToken), recipient, out var r, out var problem))
        {
            recipients = [r.Id];
        }
        else
        {
            return TypedResults.Problem("give region=ID or recipient=ACTOR", statusCode: 400, title: "No market");
        }

        if (await workbench.MatrixAsync(release, cancellationToken) is not { } matrix)
        {
            return NoRegister(release);
        }

        var first = from ?? matrix.Release.FirstYear;
        var last = to ?? matrix.Release.LastYear;
        return MarketShares.Compute(matrix, [.. recipients], first, last) is { } shares
            ? TypedResults.Ok(new MarketAnswer(matrix.Release.Id, recipients, first, last, shares))
            : TypedResults.Problem($"release {matrix.Release.Id} covers {matrix.Release.FirstYear}–{matrix.Release.LastYear}, not {first}–{last}", statusCode: 400, title: "Period outside the release");
    }

    private static ProblemHttpResult NoRegister(string? release) => TypedResults.Problem(
        release is null ? "no SIPRI trade register in the 2024 layout is imported; run 'entente import sipri FILE'" : $"release {release} has no delivery register",
        statusCode: 404, title: "No SIPRI register");
}
