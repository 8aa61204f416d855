namespace Entente.Web.Pages;

/// <summary>The HTML pages; they format the same answers the API returns. Excluded from the OpenAPI document.</summary>
public static class WorkbenchPages
{
    public const string Flagship = "/dossier/RUS/CHN";

    public static IEndpointRouteBuilder MapWorkbenchPages(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("").ExcludeFromDescription();
        pages.MapGet("/", () => TypedResults.Redirect(Flagship));
        pages.MapGet("/dossier", (string? a, string? b) => TypedResults.Redirect(a is null || b is null ? Flagship : $"/dossier/{Layout.U(a)}/{Layout.U(b)}"));
        pages.MapGet("/dossier/{a}/{b}", DossierPage.RenderAsync);
        pages.MapGet("/evidence", EvidencePage.RenderAsync);
        pages.MapGet("/items/{id}", ItemPage.RenderAsync);
        pages.MapGet("/sources", SourcesPage.ListAsync);
        pages.MapGet("/sources/{id}", SourcesPage.SourceAsync);
        pages.MapGet("/deals/{supplier}/{recipient}", DealsPage.RenderAsync);
        pages.MapGet("/timeline", TimelinePage.RenderAsync);
        pages.MapGet("/map", MapPage.RenderAsync);
        pages.MapGet("/network", NetworkPage.RenderAsync);
        PendingPage.Map(app);
        app.MapFallback(() => Layout.Page("Not found", "", Html.Of($"<p role=\"alert\">There is no page here. <a href=\"{Flagship}\">Open the Russia–China dossier</a>.</p>"), StatusCodes.Status404NotFound))
            .ExcludeFromDescription();
        return app;
    }
}
