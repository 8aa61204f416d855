namespace Entente.Web.Api;

/// <summary>The REST API, one group per area; every endpoint answers from the query code the CLI uses.</summary>
public static class WorkbenchApi
{
    public static IEndpointRouteBuilder MapWorkbenchApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapEvidenceApi();
        api.MapSourcesApi();
        api.MapActorsApi();
        api.MapTradeApi();
        api.MapEventsApi();
        api.MapDossierApi();
        return app;
    }
}
