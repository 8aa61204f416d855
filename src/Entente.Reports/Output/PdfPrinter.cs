using Microsoft.Playwright;

namespace Entente.Reports.Output;

/// <summary>
/// Prints a brief's HTML to PDF with the system's headless Chromium (Debian `chromium`), through Playwright: A4, page
/// numbers in the footer, the contents as PDF bookmarks, charts kept as vectors. No browser is downloaded.
/// </summary>
public static class PdfPrinter
{
    public const string DefaultChromium = "/usr/bin/chromium";

    private static readonly string[] Arguments =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    public static bool IsAvailable(string executable = DefaultChromium) => File.Exists(executable);

    public static async Task<byte[]> PrintAsync(string html, string executable = DefaultChromium, CancellationToken cancellationToken = default)
    {
        if (!IsAvailable(executable))
        {
            throw new FileNotFoundException($"PDF output needs Chromium at {executable} (Debian: apt-get install chromium); HTML and Markdown do not");
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = Arguments,
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { JavaScriptEnabled = false, Offline = true });
        cancellationToken.ThrowIfCancellationRequested();
        await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
        return await page.PdfAsync(new PagePdfOptions
        {
            Format = "A4",
            PrintBackground = true,
            Outline = true,
            Tagged = true,
            DisplayHeaderFooter = true,
            HeaderTemplate = "<span></span>",
            FooterTemplate = "<div style=\"font-size:9px;width:100%;text-align:center;\"><span class=\"pageNumber\"></span> / <span class=\"totalPages\"></span></div>",
            Margin = new Margin { Top = "18mm", Bottom = "20mm", Left = "16mm", Right = "16mm" },
        });
    }
}
