using Microsoft.Playwright;

namespace Entente.Benchmarks.Web;

/// <summary>The first render of a page in Debian's headless Chromium: navigation start to the load event, in a fresh context.</summary>
internal static class FirstRender
{
    public static async Task<double?> MeasureAsync(Uri url)
    {
        if (!File.Exists("/usr/bin/chromium"))
        {
            return null;
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await (await browser.NewContextAsync()).NewPageAsync();
        await page.GotoAsync(url.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return await page.EvaluateAsync<double>("() => { const n = performance.getEntriesByType('navigation')[0]; return n.loadEventEnd - n.startTime; }");
    }
}
