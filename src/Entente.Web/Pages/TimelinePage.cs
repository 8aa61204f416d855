using Entente.Codebooks;
using Entente.Dates;
using Entente.Web.Api;
using Entente.Web.Charts;
using Entente.Web.Dossier;
using Entente.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Entente.Web.Pages;

/// <summary>
/// Evidence on a time axis, one band per theme. Zooming and panning are links (keyboard-usable, no script): each
/// narrows or moves the date window and the server redraws it, so a year-precision item always spans its year.
/// </summary>
public static class TimelinePage
{
    public static async Task<ContentHttpResult> RenderAsync(string? theme, string? dyad, string? from, string? to, Workbench workbench, CancellationToken cancellationToken)
    {
        var filter = new EvidenceFilter { Dyad = dyad, Theme = string.IsNullOrEmpty(theme) ? null : [theme] };
        var (query, errors) = filter.ToQuery(await workbench.RegistryAsync(cancellationToken));
        if (query is null)
        {
            return Layout.Page("Timeline", "Timeline", Html.Of($"<p role=\"alert\">{string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))}</p>"), StatusCodes.Status400BadRequest);
        }

        await using var store = await workbench.OpenStoreAsync(cancellationToken);
        var items = await store.QueryItemsAsync(query, cancellationToken);
        var themes = CodebookSet.Shipped.Themes.Values.Where(t => query.Themes.Count == 0 || query.Themes.Contains(t.Id)).ToList();
        var groups = themes.Select(t => (t.Label, (IReadOnlyList<DossierItem>)[.. items.Where(i => i.Themes.Contains(t.Id)).Select(DossierBuilder.Point)]))
            .Where(g => g.Item2.Count > 0).ToList();
        if (groups.Count == 0)
        {
            return Layout.Page("Timeline", "Timeline", Html.Of($"{Form(theme, dyad, from, to)}<p role=\"status\">No items match.</p>"));
        }

        var all = groups.SelectMany(g => g.Item2).ToList();
        var start = Parse(from)?.Start ?? new DateOnly(all.Min(i => i.Start).Year, 1, 1);
        var end = Parse(to)?.End ?? new DateOnly(all.Max(i => i.End).Year, 12, 31);
        if (end < start)
        {
            (start, end) = (end, start);
        }

        var strip = ItemStrip.Render("timeline", $"Evidence by theme, {start:yyyy-MM-dd} to {end:yyyy-MM-dd}.", start, end, groups);
        return Layout.Page("Timeline", "Timeline", Html.Of($"{Form(theme, dyad, from, to)}{Zoom(theme, dyad, start, end)}{strip}"));
    }

    private static PartialDate? Parse(string? text) => PartialDate.TryParse(text, out var date, out _) ? date : null;

    private static Html Form(string? theme, string? dyad, string? from, string? to)
    {
        var options = CodebookSet.Shipped.Themes.Values.Select(t => Html.Of($"<option value=\"{t.Id}\"{(t.Id == theme ? Html.Of($" selected") : Html.Empty)}>{t.Label}</option>"));
        return Html.Of($"""
            <form class="inline" method="get" action="/timeline" aria-label="Timeline window">
            <label>Theme<select name="theme"><option value="">all themes</option>{options}</select></label>
            <label>Pair of actors<input name="dyad" value="{dyad}" placeholder="RUS-CHN"></label>
            <label>From<input name="from" value="{from}" placeholder="YYYY[-MM[-DD]]"></label>
            <label>To<input name="to" value="{to}" placeholder="YYYY[-MM[-DD]]"></label>
            <button type="submit">Show</button>
            </form>
            """);
    }

    /// <summary>Zoom in halves the window around its middle, zoom out doubles it; earlier and later move it by half a window.</summary>
    private static Html Zoom(string? theme, string? dyad, DateOnly start, DateOnly end)
    {
        var span = end.DayNumber - start.DayNumber;
        var middle = start.AddDays(span / 2);
        string Href(DateOnly a, DateOnly b) =>
            $"/timeline?theme={Layout.U(theme ?? "")}&dyad={Layout.U(dyad ?? "")}&from={a:yyyy-MM-dd}&to={b:yyyy-MM-dd}";
        var zoomIn = span > 40 ? Html.Of($"<a id=\"zoom-in\" href=\"{Href(middle.AddDays(-span / 4), middle.AddDays(span / 4))}\">Zoom in</a>") : Html.Empty;
        return Html.Of($"""
            <nav class="pager" aria-label="Timeline zoom">
            {zoomIn}
            <a id="zoom-out" href="{Href(middle.AddDays(-span), middle.AddDays(span))}">Zoom out</a>
            <a id="earlier" href="{Href(start.AddDays(-span / 2), end.AddDays(-span / 2))}">Earlier</a>
            <a id="later" href="{Href(start.AddDays(span / 2), end.AddDays(span / 2))}">Later</a>
            </nav>
            """);
    }
}
