using Entente.Web.Dossier;
using Entente.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Entente.Web.Api;

/// <summary>/api/dossier/{a}/{b}: everything the dossier page shows, for any pair of states.</summary>
public static class DossierApi
{
    public static void MapDossierApi(this RouteGroupBuilder api) =>
        api.MapGroup("/dossier").WithTags("Dossier").MapGet("/{a}/{b}", DossierAsync)
            .WithSummary("SIPRI indicators both ways, curated evidence by section, event-data series and key judgements of a dyad.");

    public static async Task<Results<Ok<DossierAnswer>, ProblemHttpResult>> DossierAsync(string a, string b, Workbench workbench, DossierBuilder builder, CancellationToken cancellationToken)
    {
        var registry = await workbench.RegistryAsync(cancellationToken);
        if (!ActorLookup.TryResolve(registry, a, out var first, out var problem) || !ActorLookup.TryResolve(registry, b, out var second, out problem))
        {
            return problem;
        }

        return TypedResults.Ok(await builder.BuildAsync(first, second, cancellationToken));
    }
}
