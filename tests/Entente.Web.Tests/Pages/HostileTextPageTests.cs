using AngleSharp.Html.Parser;

namespace Entente.Web.Tests.Pages;

/// <summary>Hostile text in every field of an item and its source renders as text on every page that shows it.</summary>
public sealed class HostileTextPageTests(HostileStore hostile) : IClassFixture<HostileStore>
{
    public static TheoryData<string> Pages => new() { "/items/hostile-item", "/sources/hostile-source", "/sources", "/evidence?text=alert", "/dossier/RUS/CHN", "/timeline", "/map" };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Markup_in_evidence_is_shown_as_text_and_never_becomes_elements(string path)
    {
        using var client = new WorkbenchFactory(hostile.Options).CreateClient();

        var html = await client.GetStringAsync(path, TestContext.Current.CancellationToken);
        var document = new HtmlParser().ParseDocument(html);

        Assert.Empty(document.QuerySelectorAll("script:not([src='/site.js']), img, iframe, object"));
        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.Contains("<script>alert('x')</script>", document.Body!.TextContent, StringComparison.Ordinal);
    }
}
