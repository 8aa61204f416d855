using Entente.Cameo;
using Entente.Warehouse.Queries;
using Entente.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Entente.Web.Api;

/// <summary>/api/events/{a}/{b}: `entente events` over HTTP — a dyad's series from the warehouse.</summary>
public static class EventsApi
{
    public static void MapEventsApi(this RouteGroupBuilder api) =>
        api.MapGroup("/events").WithTags("Event data").MapGet("/{a}/{b}", SeriesAsync)
            .WithSummary("A dyad's event series by day, month or year, with the datasets the events came from; codes are CAMEO codes or named sets.");

    public sealed record SeriesAnswer(string Dyad, IReadOnlyDictionary<string, long> Datasets, IReadOnlyList<DyadSeriesPoint> Series);

    public static async Task<Results<Ok<SeriesAnswer>, ProblemHttpResult>> SeriesAsync(
        string a, string b, string? by, string? codes, bool? directed, DateOnly? from, DateOnly? to, Workbench workbench, CancellationToken cancellationToken)
    {
        var registry = await workbench.RegistryAsync(cancellationToken);
        if (!ActorLookup.TryResolve(registry, a, out var first, out var problem) || !ActorLookup.TryResolve(registry, b, out var second, out problem))
        {
            return problem;
        }

        if (!Enum.TryParse<SeriesPeriod>(by ?? "year", ignoreCase: true, out var period))
        {
            return TypedResults.Problem("by is day, month or year", statusCode: 400, title: "Bad period");
        }

        var query = new DyadQuery { Actor1 = first.Id, Actor2 = second.Id, Directed = directed ?? false, By = period, From = from, To = to };
        if (!string.IsNullOrWhiteSpace(codes))
        {
            var filter = CameoCodebook.Shipped.ResolveFilter(codes);
            if (!filter.IsResolved)
            {
                return TypedResults.Problem($"'{filter.Unknown}' is neither a CAMEO code nor a named set", statusCode: 400, title: "Unknown code");
            }

            query = query with { Codes = filter.Codes };
        }

        var answer = workbench.WithWarehouse(w => new SeriesAnswer(query.Label, w.DatasetCounts(query), w.DyadSeries(query)));
        return answer is null
            ? TypedResults.Problem("no event warehouse; run 'entente import gdelt FILE' or 'entente import icews FILE'", statusCode: 404, title: "No event data")
            : TypedResults.Ok(answer);
    }
}
