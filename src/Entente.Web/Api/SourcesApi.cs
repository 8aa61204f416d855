using Entente.Import.BibTex;
using Entente.Import.CslJson;
using Entente.Sources;
using Entente.Storage;
using Entente.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Entente.Web.Api;

/// <summary>/api/sources: the bibliography with grades (`entente sources`), one source, and CSL-JSON or BibTeX export.</summary>
public static class SourcesApi
{
    public static void MapSourcesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/sources").WithTags("Sources");
        group.MapGet("", ListAsync).WithSummary("Sources with publisher, date and grade; filter by kind and text.");
        group.MapGet("/export", ExportAsync).WithSummary("The filtered sources as CSL-JSON (Zotero, pandoc) or BibTeX.");
        group.MapGet("/{id}", SourceAsync).WithSummary("One source.");
    }

    public static async Task<Ok<IReadOnlyList<Source>>> ListAsync(string? kind, string? text, Workbench workbench, CancellationToken cancellationToken) =>
        TypedResults.Ok(await QueryAsync(workbench, kind, text, cancellationToken));

    public static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportAsync(string? format, string? kind, string? text, Workbench workbench, CancellationToken cancellationToken)
    {
        if (format is not ("csl-json" or "bibtex"))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = ["csl-json or bibtex"] });
        }

        var sources = await QueryAsync(workbench, kind, text, cancellationToken);
        return format == "bibtex"
            ? TypedResults.File(System.Text.Encoding.UTF8.GetBytes(BibTexWriter.Write(sources)), "application/x-bibtex; charset=utf-8", "entente-sources.bib")
            : TypedResults.File(System.Text.Encoding.UTF8.GetBytes(CslJsonWriter.Write(sources)), "application/vnd.citationstyles.csl+json", "entente-sources.json");
    }

    public static async Task<Results<Ok<Source>, ProblemHttpResult>> SourceAsync(string id, Workbench workbench, CancellationToken cancellationToken)
    {
        await using var store = await workbench.OpenStoreAsync(cancellationToken);
        return await store.FindSourceAsync(id, cancellationToken) is { } source
            ? TypedResults.Ok(source)
            : TypedResults.Problem($"no source has the id '{id}'", statusCode: StatusCodes.Status404NotFound, title: "No such source");
    }

    public static async Task<IReadOnlyList<Source>> QueryAsync(Workbench workbench, string? kind, string? text, CancellationToken cancellationToken)
    {
        await using var store = await workbench.OpenStoreAsync(cancellationToken);
        return await store.QuerySourcesAsync(new SourceQuery { Kind = string.IsNullOrEmpty(kind) ? null : kind, Text = string.IsNullOrEmpty(text) ? null : text }, cancellationToken);
    }
}
