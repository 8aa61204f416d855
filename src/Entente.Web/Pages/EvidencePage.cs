using Entente.Codebooks;
using Entente.Web.Api;
using Entente.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Entente.Web.Pages;

/// <summary>The evidence browser: the CLI's filters as a labelled GET form, full-text search, sort and pages.</summary>
public static class EvidencePage
{
    public static async Task<ContentHttpResult> RenderAsync([AsParameters] EvidenceFilter filter, Workbench workbench, CancellationToken cancellationToken)
    {
        var (query, errors) = filter.ToQuery(await workbench.RegistryAsync(cancellationToken));
        if (query is null)
        {
            var list = errors.Select(e => Html.Of($"<li>{e.Key}: {string.Join("; ", e.Value)}</li>"));
            return Layout.Page("Evidence", "Evidence", Html.Of($"{Form(filter)}<div role=\"alert\"><p>The filters could not be applied:</p><ul>{list}</ul></div>"), StatusCodes.Status400BadRequest);
        }

        var results = await EvidenceResults.RunAsync(workbench, query, filter, cancellationToken);
        var rows = results.Items.Select(i => Html.Of($"""
            <tr><td>{i.Date}</td><td>{CodebookSet.Shipped.Types.GetValueOrDefault(i.Type)?.Label ?? i.Type}</td>
            <td><a href="/items/{Layout.U(i.Id)}">{i.Summary}</a></td><td>{string.Join(", ", i.Actors.Select(a => a.Actor).Distinct())}</td></tr>
            """));
        var table = results.Total == 0
            ? Html.Of($"<p role=\"status\">No items match these filters.</p>")
            : Html.Of($"""
                <p role="status">{results.Total} items; page {results.Page} of {results.Pages}.</p>
                <table><thead><tr><th scope="col">Date</th><th scope="col">Type</th><th scope="col">Summary</th><th scope="col">Actors</th></tr></thead><tbody>{rows}</tbody></table>
                {Pager(filter, results)}
                """);
        return Layout.Page("Evidence", "Evidence", Html.Of($"{Form(filter)}{table}"));
    }

    private static Html Form(EvidenceFilter f)
    {
        var codebooks = CodebookSet.Shipped;
        var types = codebooks.Types.Values.Select(t => Html.Of($"<option value=\"{t.Id}\"{Selected(f.Type, t.Id)}>{t.Label}</option>"));
        var themes = codebooks.Themes.Values.Select(t => Html.Of($"<option value=\"{t.Id}\"{Selected(f.Theme, t.Id)}>{t.Label}</option>"));
        var sorts = new[] { ("date", "Oldest first"), ("-date", "Newest first"), ("type", "Type"), ("id", "Id") }
            .Select(s => Html.Of($"<option value=\"{s.Item1}\"{Selected(f.Sort is null ? null : [f.Sort], s.Item1)}>{s.Item2}</option>"));
        return Html.Of($"""
            <form class="filters" method="get" action="/evidence" role="search" aria-label="Filter evidence">
            <label>Words (summary or source title)<input type="search" name="text" value="{f.Text}"></label>
            <label>Pair of actors<input name="dyad" value="{f.Dyad}" placeholder="RUS-CHN"></label>
            <label>Actor<input name="actor" value="{f.Actor?.FirstOrDefault()}" placeholder="Kazakhstan"></label>
            <label>Type<select name="type"><option value="">any</option>{types}</select></label>
            <label>Theme<select name="theme"><option value="">any</option>{themes}</select></label>
            <label>From<input name="from" value="{f.From}" placeholder="YYYY[-MM[-DD]]"></label>
            <label>To<input name="to" value="{f.To}" placeholder="YYYY[-MM[-DD]]"></label>
            <label>Minimum grade<input name="minGrade" value="{f.MinGrade}" placeholder="B2" maxlength="2"></label>
            <label>Sort<select name="sort">{sorts}</select></label>
            <label>Per page<input type="number" name="pageSize" min="1" max="{EvidenceFilter.MaxPageSize}" value="{f.PageSize ?? EvidenceFilter.DefaultPageSize}"></label>
            <button type="submit">Filter</button>
            </form>
            """);
    }

    private static Html Selected(string[]? chosen, string value) => chosen?.Contains(value) == true ? Html.Of($" selected") : Html.Empty;

    private static Html Pager(EvidenceFilter f, EvidenceResults r)
    {
        string Href(int page)
        {
            var query = new List<string>();
            void Add(string name, string? value)
            {
                if (!string.IsNullOrEmpty(value))
                {
                    query.Add($"{name}={Layout.U(value)}");
                }
            }

            Add("text", f.Text);
            Add("dyad", f.Dyad);
            foreach (var a in f.Actor ?? [])
            {
                Add("actor", a);
            }

            foreach (var t in f.Type ?? [])
            {
                Add("type", t);
            }

            foreach (var t in f.Theme ?? [])
            {
                Add("theme", t);
            }

            Add("from", f.From);
            Add("to", f.To);
            Add("minGrade", f.MinGrade);
            Add("sort", f.Sort);
            Add("pageSize", f.PageSize?.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Add("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return "/evidence?" + string.Join("&", query);
        }

        var previous = r.Page > 1 ? Html.Of($"<a href=\"{Href(r.Page - 1)}\" rel=\"prev\">Previous page</a>") : Html.Empty;
        var next = r.Page < r.Pages ? Html.Of($"<a href=\"{Href(r.Page + 1)}\" rel=\"next\">Next page</a>") : Html.Empty;
        return Html.Of($"<nav class=\"pager\" aria-label=\"Pages\">{previous}<span>Page {r.Page} of {r.Pages}</span>{next}</nav>");
    }
}
