using System.Globalization;
using Entente.Testing;
using Microsoft.Playwright;

namespace Entente.Web.Tests.Browser;

/// <summary>Evidence browser, item page, timeline zoom, map and network in a real browser.</summary>
public sealed class PagesBrowserTests(WorkbenchData data, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task Filtering_the_evidence_keeps_only_matching_items_and_opens_one()
    {
        var page = await chromium.PageAsync();
        await using var server = await LiveServer.StartAsync(data.Options);

        await page.GotoAsync(server.Url("/evidence"));
        await page.GetByLabel("Words (summary or source title)").FillAsync("Vostok");
        await page.Locator("select[name=type]").SelectOptionAsync("exercise");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();

        var rows = await page.Locator("tbody tr").AllInnerTextsAsync();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains("Exercise", r, StringComparison.Ordinal));
        await page.Locator("tbody tr a").First.ClickAsync();
        Assert.Contains("/items/", page.Url, StringComparison.Ordinal);
        Assert.True(await page.Locator("ol.citations li").CountAsync() > 0);
    }

    [Fact]
    public async Task Zooming_the_timeline_narrows_its_window_and_a_year_item_stays_a_year_wide()
    {
        var page = await chromium.PageAsync();
        await using var server = await LiveServer.StartAsync(data.Options);
        await page.GotoAsync(server.Url("/timeline?theme=exercises"));
        var before = await SpanAsync(page);
        Assert.Equal("year", await page.Locator("#timeline a[data-item='s4-vostok-2018'] > *").GetAttributeAsync("data-precision"));

        await page.Locator("#zoom-in").ClickAsync();
        var after = await SpanAsync(page);

        Assert.True(after < before * 0.6, $"{before} days → {after} days");
        await Screenshot.SaveAsync(page, "timeline-zoomed");
    }

    [Fact]
    public async Task The_map_draws_the_world_offline_with_exercise_locations()
    {
        var page = await chromium.PageAsync();
        await using var server = await LiveServer.StartAsync(data.Options);

        await page.GotoAsync(server.Url("/map"));

        Assert.True(await page.Locator("#map path.land").CountAsync() > 150);
        Assert.True(await page.Locator("#map circle.item").CountAsync() > 5);
        var (colours, ink) = await Screenshot.SaveAsync(page, "map");
        Assert.True(colours > 10 && ink > 0.05, $"the map screenshot looks blank: {colours} colours, {ink:P1} ink");
    }

    [Fact]
    public async Task The_network_shows_Central_Asias_suppliers_and_the_shift_from_Russia_to_China()
    {
        SharedData.Require(WorkbenchData.Register);
        var page = await chromium.PageAsync();
        await using var server = await LiveServer.StartAsync(data.Options);

        await page.GotoAsync(server.Url("/network?region=central-asia&window=2014"));

        Assert.True(await page.Locator("#network line.edge-rus").CountAsync() > 0);
        Assert.True(await page.Locator("#network line.edge-chn").CountAsync() > 0);
        var rows = page.Locator("#shift tbody tr");
        var first = Cells(await rows.First.Locator("th, td").AllTextContentsAsync());
        var later = Cells(await rows.Filter(new() { HasText = "2014" }).Locator("th, td").AllTextContentsAsync());
        Assert.True(later.China > first.China && later.Russia < first.Russia, $"no shift from Russia to China: {first} → 2014 {later}");
        var (colours, ink) = await Screenshot.SaveAsync(page, "network");
        Assert.True(colours > 10 && ink > 0.02, $"the network screenshot looks blank: {colours} colours, {ink:P1} ink");
    }

    /// <summary>A data-table row: the window, China's share, Russia's share (blank = no imports that window).</summary>
    private static (double China, double Russia) Cells(IReadOnlyList<string> cells) => (double.Parse(cells[1], CultureInfo.InvariantCulture), double.Parse(cells[2], CultureInfo.InvariantCulture));

    private static async Task<int> SpanAsync(IPage page)
    {
        var svg = page.Locator("#timeline svg");
        var from = DateOnly.ParseExact((await svg.GetAttributeAsync("data-from"))!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = DateOnly.ParseExact((await svg.GetAttributeAsync("data-to"))!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return to.DayNumber - from.DayNumber;
    }
}
