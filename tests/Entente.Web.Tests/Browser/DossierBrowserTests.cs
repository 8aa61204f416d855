using Entente.Testing;
using Microsoft.Playwright;

namespace Entente.Web.Tests.Browser;

/// <summary>The dossier in a real browser: from a chart mark to the footnoted source in two clicks; any pair; any width.</summary>
public sealed class DossierBrowserTests(WorkbenchData data, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task Two_clicks_lead_from_a_chart_mark_on_the_Russia_China_dossier_to_the_footnoted_source()
    {
        var page = await chromium.PageAsync();
        await using var server = await LiveServer.StartAsync(data.Options);

        await page.GotoAsync(server.Url("/"));
        Assert.EndsWith("/dossier/RUS/CHN", page.Url, StringComparison.Ordinal);
        var (colours, ink) = await Screenshot.SaveAsync(page, "dossier-rus-chn");
        await page.Locator("#sections a[data-item='s4-vostok-2018']").ClickAsync();
        Assert.EndsWith("/items/s4-vostok-2018", page.Url, StringComparison.Ordinal);
        var citation = page.Locator("ol.citations li", new PageLocatorOptions { HasText = "footnote 33" });
        await citation.Locator("a.source").ClickAsync();

        Assert.Contains("/sources/", page.Url, StringComparison.Ordinal);
        Assert.Contains("footnote 33", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(colours > 10 && ink > 0.02, $"the dossier screenshot looks blank: {colours} colours, {ink:P1} ink");
    }

    [Fact]
    public async Task India_and_France_have_no_curated_evidence_yet_the_dossier_draws_their_SIPRI_charts()
    {
        SharedData.Require(WorkbenchData.Register);
        var page = await chromium.PageAsync();
        await using var server = await LiveServer.StartAsync(data.Options);

        await page.GotoAsync(server.Url("/dossier"));
        await page.GetByLabel("First state").SelectOptionAsync("IND");
        await page.GetByLabel("Second state").SelectOptionAsync("FRA");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open dossier" }).ClickAsync();

        Assert.EndsWith("/dossier/IND/FRA", page.Url, StringComparison.Ordinal);
        Assert.True(await page.Locator("#tiv rect").CountAsync() > 5);
        Assert.Contains("No curated evidence", await page.Locator("#evidence + *").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("#events ~ figure, #events ~ p.notice").CountAsync() > 0);
        await Screenshot.SaveAsync(page, "dossier-ind-fra");
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(768)]
    public async Task The_dossier_fits_a_laptop_and_a_tablet_without_sideways_scrolling(int width)
    {
        var page = await chromium.PageAsync(width, 1000);
        await using var server = await LiveServer.StartAsync(data.Options);

        await page.GotoAsync(server.Url("/dossier/RUS/CHN"));

        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        await Screenshot.SaveAsync(page, $"dossier-{width}");
    }
}
