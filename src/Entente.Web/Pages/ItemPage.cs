using Entente.Codebooks;
using Entente.Evidence;
using Entente.Web.Api;
using Entente.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Entente.Web.Pages;

/// <summary>An item: what it says, who and where, its footnoted citations with grades, annotations, history and related items.</summary>
public static class ItemPage
{
    public static async Task<ContentHttpResult> RenderAsync(string id, Workbench workbench, CancellationToken cancellationToken)
    {
        if (await ItemDetail.LoadAsync(workbench, id, cancellationToken) is not { } detail)
        {
            return Layout.Page("No such item", "Evidence", Html.Of($"<p role=\"alert\">No evidence item has the id “{id}”.</p><p><a href=\"/evidence\">Browse the evidence</a></p>"), StatusCodes.Status404NotFound);
        }

        var item = detail.Item;
        var type = CodebookSet.Shipped.Types.GetValueOrDefault(item.Type)?.Label ?? item.Type;
        var actors = item.Actors.Select(a => Html.Of($"<li>{a.Actor} <span class=\"muted\">({a.Role})</span></li>"));
        var quantities = item.Quantities.Select(q => Html.Of($"<li>{q.Measure}: {q.Value} {q.Unit} ({q.Bound.ToString().ToLowerInvariant()})</li>"));
        var content = Html.Of($"""
            <p class="muted">{type} · {item.Date} <span>(known to the {item.Date.From.Precision.ToString().ToLowerInvariant()})</span> · id <code>{item.Id}</code></p>
            <p class="summary">{item.Summary}</p>
            {Facts(item)}
            <div class="grid2"><section aria-labelledby="who"><h2 id="who">Actors</h2><ul>{actors}</ul></section>
            <section aria-labelledby="where"><h2 id="where">Place and figures</h2><p>{item.Place?.Describe() ?? "No place given."}</p><ul>{quantities}</ul></section></div>
            <section aria-labelledby="cites"><h2 id="cites">Sources</h2>{Citations(detail)}</section>
            <section aria-labelledby="notes"><h2 id="notes">Annotations</h2>{Annotations(item)}</section>
            <section aria-labelledby="history"><h2 id="history">History</h2>{History(detail)}</section>
            <section aria-labelledby="related"><h2 id="related">Related items</h2>{Related(detail)}</section>
            """);
        return Layout.Page(Title(item), "Evidence", content);
    }

    private static string Title(EvidenceItem item) => item.Exercise?.Series is { } series ? $"{series} {item.Exercise.Edition}".Trim() : item.Agreement?.Title ?? item.Id;

    private static Html Facts(EvidenceItem item)
    {
        var facts = new List<Html>();
        if (item.Forecast is { } f)
        {
            facts.Add(Html.Of($"<li>Forecast: {f.Statement} — <strong>{f.Term ?? "no term"}</strong> ({f.Scale}); confidence <strong>{f.Confidence ?? "not stated"}</strong>{(f.Due is null ? Html.Empty : Html.Of($"; due {f.Due}"))}; resolution: {(f.Resolution is null ? "open" : f.Resolution.Value ? "came true" : "did not")}</li>"));
        }

        if (item.Claim is { } c)
        {
            facts.Add(Html.Of($"<li>Claim: {c.Metric} = {c.Value} {c.Unit} ({c.Bound.ToString().ToLowerInvariant()}){(c.Dataset is null ? Html.Empty : Html.Of($", from {c.Dataset} {c.Release}"))}</li>"));
        }

        if (item.Exercise is { } e)
        {
            facts.Add(Html.Of($"<li>Exercise: {e.Series} {e.Edition}; domains {string.Join(", ", e.Domains)}</li>"));
        }

        if (item.Agreement is { } a)
        {
            facts.Add(Html.Of($"<li>Agreement: {a.Title}{a.Articles.Select(x => Html.Of($"; art. {x.Number}: {x.Summary}"))}</li>"));
        }

        if (item.Themes.Count > 0)
        {
            facts.Add(Html.Of($"<li>Themes: {Html.Join(", ", item.Themes.Select(t => Layout.Link($"/timeline?theme={Layout.U(t)}", CodebookSet.Shipped.Themes.GetValueOrDefault(t)?.Label ?? t)))}</li>"));
        }

        return Html.Of($"<ul>{facts}</ul>");
    }

    /// <summary>Footnote-style citations: the source, its locator (footnote, page) and grade, each linking to the source page.</summary>
    private static Html Citations(ItemDetail detail)
    {
        var sources = detail.Sources.ToDictionary(s => s.Id);
        var list = detail.Item.Sources.Select(c =>
        {
            var source = sources.GetValueOrDefault(c.Source);
            var locator = string.Join(", ", new[] { c.Footnote is { } fn ? $"footnote {fn}" : null, c.Page is { } p ? $"p. {p}" : null }.OfType<string>());
            var grade = source?.Grade is { } g ? $"{g.Reliability}{c.Credibility ?? g.Credibility}" : "ungraded";
            return Html.Of($"<li><a class=\"source\" href=\"/sources/{Layout.U(c.Source)}\">{source?.Title.Display ?? c.Source}</a>{(source?.Publisher is null ? Html.Empty : Html.Of($", {source.Publisher}"))}{(locator.Length == 0 ? Html.Empty : Html.Of($", {locator}"))} <span class=\"muted\">grade {grade}</span></li>");
        });
        return Html.Of($"<ol class=\"citations\">{list}</ol>");
    }

    private static Html Annotations(EvidenceItem item) => item.Annotations.Count == 0
        ? Html.Of($"<p class=\"muted\">None.</p>")
        : Html.Of($"<ul>{item.Annotations.Select(a => Html.Of($"<li><blockquote>{a.Text}</blockquote><span class=\"muted\">— {a.Author}{(a.Date is null ? Html.Empty : Html.Of($", {a.Date}"))}</span></li>"))}</ul>");

    private static Html History(ItemDetail detail) => Html.Of($"""
        <ol>{detail.History.Select(v => Html.Of($"<li>Version {v.Version}, import {v.ImportId}, {v.ImportedAt:yyyy-MM-dd HH:mm} UTC{(v.Record.Summary == detail.Item.Summary ? Html.Empty : Html.Of($": “{v.Record.Summary}”"))}</li>"))}</ol>
        """);

    private static Html Related(ItemDetail detail) => detail.Related.Count == 0
        ? Html.Of($"<p class=\"muted\">None.</p>")
        : Html.Of($"<ul>{detail.Related.Select(r => Html.Of($"<li>{r.Date} <a href=\"/items/{Layout.U(r.Id)}\">{r.Summary}</a></li>"))}</ul>");
}
