using Microsoft.AspNetCore.Http.HttpResults;

namespace Entente.Web.Pages;

/// <summary>The page frame: skip link, main navigation (including the analysis views that have not landed yet), content.</summary>
public static class Layout
{
    /// <summary>Navigation entries; those whose data has not landed say so and lead to a page that says what will come.</summary>
    public static IReadOnlyList<(string Href, string Label, bool Available)> Navigation { get; } =
    [
        ("/dossier/RUS/CHN", "Dossier", true),
        ("/evidence", "Evidence", true),
        ("/sources", "Sources", true),
        ("/timeline", "Timeline", true),
        ("/map", "Map", true),
        ("/network", "Network", true),
        .. PendingPage.Views.Select(v => ($"/{v.Route}", v.Label, false)),
    ];

    public static ContentHttpResult Page(string title, string section, Html content, int status = StatusCodes.Status200OK)
    {
        var nav = Navigation.Select(n => n.Available
            ? Html.Of($"<li><a href=\"{n.Href}\"{(n.Label == section ? Html.Of($" aria-current=\"page\"") : Html.Empty)}>{n.Label}</a></li>")
            : Html.Of($"<li><a class=\"pending\" href=\"{n.Href}\">{n.Label} <span class=\"tag\">not available yet</span></a></li>"));
        var page = Html.Of($"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title} · Entente</title>
            <link rel="stylesheet" href="/site.css">
            <link rel="icon" href="/favicon.svg" type="image/svg+xml">
            <script src="/site.js" defer></script>
            </head>
            <body>
            <a class="skip" href="#main">Skip to content</a>
            <header><nav aria-label="Main"><a class="brand" href="/">Entente</a><ul>{nav}</ul></nav></header>
            <main id="main">
            <h1>{title}</h1>
            {content}
            </main>
            <footer><p>Entente workbench: every figure links to the evidence or dataset rows behind it. No accounts exist; serve on loopback.</p></footer>
            </body>
            </html>
            """);
        return TypedResults.Content(page.Markup, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
    }

    public static Html Link(string href, string text) => Html.Of($"<a href=\"{href}\">{text}</a>");

    /// <summary>A path segment or query value from data, escaped for the URL (the HTML layer then escapes the attribute).</summary>
    public static string U(string value) => Uri.EscapeDataString(value);
}
