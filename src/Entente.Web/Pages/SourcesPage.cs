using Entente.Codebooks;
using Entente.Sources;
using Entente.Storage;
using Entente.Web.Api;
using Entente.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Entente.Web.Pages;

/// <summary>The bibliography with grades and exports, and one source with the items that cite it.</summary>
public static class SourcesPage
{
    public static async Task<ContentHttpResult> ListAsync(string? kind, string? text, Workbench workbench, CancellationToken cancellationToken)
    {
        var sources = await SourcesApi.QueryAsync(workbench, kind, text, cancellationToken);
        var kinds = CodebookSet.Shipped.SourceKinds.Keys.Select(k => Html.Of($"<option value=\"{k}\"{(k == kind ? Html.Of($" selected") : Html.Empty)}>{k}</option>"));
        var query = $"kind={Layout.U(kind ?? "")}&text={Layout.U(text ?? "")}";
        var rows = sources.OrderBy(s => s.Title.Display, StringComparer.CurrentCulture).Select(s => Html.Of($"""
            <tr><td><a href="/sources/{Layout.U(s.Id)}">{s.Title.Display}</a></td><td>{s.Publisher}</td><td>{s.Date?.ToString()}</td><td>{s.Kind}</td><td>{Grade(s.Grade)}</td></tr>
            """));
        return Layout.Page("Sources", "Sources", Html.Of($"""
            <form class="inline" method="get" action="/sources" role="search" aria-label="Filter sources">
            <label>Words (title, publisher, author)<input type="search" name="text" value="{text}"></label>
            <label>Kind<select name="kind"><option value="">any</option>{kinds}</select></label>
            <button type="submit">Filter</button>
            </form>
            <p>Export these sources: <a href="/api/sources/export?format=csl-json&amp;{query}" download>CSL-JSON (Zotero, pandoc)</a> · <a href="/api/sources/export?format=bibtex&amp;{query}" download>BibTeX</a></p>
            <p role="status">{sources.Count} sources.</p>
            <table><thead><tr><th scope="col">Title</th><th scope="col">Publisher</th><th scope="col">Date</th><th scope="col">Kind</th><th scope="col">Grade</th></tr></thead><tbody>{rows}</tbody></table>
            """));
    }

    public static async Task<ContentHttpResult> SourceAsync(string id, Workbench workbench, CancellationToken cancellationToken)
    {
        await using var store = await workbench.OpenStoreAsync(cancellationToken);
        if (await store.FindSourceAsync(id, cancellationToken) is not { } source)
        {
            return Layout.Page("No such source", "Sources", Html.Of($"<p role=\"alert\">No source has the id “{id}”.</p>"), StatusCodes.Status404NotFound);
        }

        var citing = (await store.QueryItemsAsync(EvidenceQuery.All, cancellationToken)).Where(i => i.Sources.Any(c => c.Source == id)).OrderBy(i => i.Date.Start).ToList();
        var url = Html.SafeUrl(source.Url) is { } safe ? Html.Of($"<a href=\"{safe}\" rel=\"noreferrer noopener\">{source.Url}</a>") : Html.Text(source.Url ?? "no address");
        var items = citing.Select(i => Html.Of($"<li>{i.Date} <a href=\"/items/{Layout.U(i.Id)}\">{i.Summary}</a>{string.Join("", i.Sources.Where(c => c.Source == id && c.Footnote is not null).Select(c => $" (footnote {c.Footnote})"))}</li>"));
        return Layout.Page(source.Title.Display, "Sources", Html.Of($"""
            <dl>
            <dt>Original title</dt><dd lang="{source.Language ?? "und"}">{source.Title.Original}</dd>
            {(source.Title.Transliteration is null ? Html.Empty : Html.Of($"<dt>Transliteration</dt><dd>{source.Title.Transliteration}</dd>"))}
            <dt>Authors</dt><dd>{(source.Authors.Count == 0 ? "none named" : string.Join("; ", source.Authors))}</dd>
            <dt>Publisher</dt><dd>{source.Publisher ?? "not given"}</dd>
            <dt>Date</dt><dd>{source.Date?.ToString() ?? "not given"}</dd>
            <dt>Kind</dt><dd>{source.Kind}</dd>
            <dt>Address</dt><dd>{url}</dd>
            {(source.CitedIn is null ? Html.Empty : Html.Of($"<dt>Cited in</dt><dd>{source.CitedIn.Source}{(source.CitedIn.Footnote is null ? Html.Empty : Html.Of($", footnote {source.CitedIn.Footnote}"))}</dd>"))}
            <dt>Grade</dt><dd>{Grade(source.Grade)}{(source.Grade?.Rationale is null ? Html.Empty : Html.Of($" — {source.Grade.Rationale}"))}</dd>
            </dl>
            <h2>Items citing this source ({citing.Count})</h2><ol>{items}</ol>
            """));
    }

    private static string Grade(Grade? grade) => grade is null ? "ungraded" : $"{grade.Code} ({grade.Reliability}: reliability; {Entente.Sources.Grade.CredibilityLabels[grade.Credibility]})";
}
