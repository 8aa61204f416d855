using Entente.Actors;
using Entente.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Entente.Web.Api;

/// <summary>/api/actors: the registry (`entente actors`), and what a name or code resolves to.</summary>
public static class ActorsApi
{
    public static void MapActorsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/actors").WithTags("Actors");
        group.MapGet("", ListAsync).WithSummary("Registry actors whose id or a name contains the query; filter by kind.");
        group.MapGet("/resolve/{input}", ResolveAsync).WithSummary("What an id, code or name resolves to, or the candidates when ambiguous.");
    }

    public static async Task<Ok<IReadOnlyList<Actor>>> ListAsync(string? q, string? kind, Workbench workbench, CancellationToken cancellationToken)
    {
        var registry = await workbench.RegistryAsync(cancellationToken);
        var query = ActorRegistry.Normalise(q ?? "");
        IReadOnlyList<Actor> actors = [.. registry.Actors
            .Where(a => kind is null || string.Equals(a.Kind.ToString(), kind.Replace("-", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase))
            .Where(a => query.Length == 0 || a.Id.Contains(query, StringComparison.OrdinalIgnoreCase) || a.Names.Any(n => ActorRegistry.Normalise(n).Contains(query, StringComparison.Ordinal)))
            .OrderBy(a => a.Id, StringComparer.Ordinal)];
        return TypedResults.Ok(actors);
    }

    public static async Task<Results<Ok<Actor>, ProblemHttpResult>> ResolveAsync(string input, Workbench workbench, CancellationToken cancellationToken) =>
        ActorLookup.TryResolve(await workbench.RegistryAsync(cancellationToken), input, out var actor, out var problem) ? TypedResults.Ok(actor) : problem;
}
