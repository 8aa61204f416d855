using Microsoft.Playwright;

namespace Entente.Web.Tests.Browser;

/// <summary>
/// Debian's headless Chromium driven by Playwright through its executable path (no browser is ever downloaded).
/// Where none is installed the browser tests skip with the reason; CI sets ENTENTE_REQUIRE_BROWSER=1 and they fail instead.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string RequireVariable = "ENTENTE_REQUIRE_BROWSER";

    private IPlaywright? _playwright;

    public static string ExecutablePath => Environment.GetEnvironmentVariable("ENTENTE_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public IBrowser? Browser { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh page of a laptop or tablet width; skips (or fails in CI) without a browser.</summary>
    public async Task<IPage> PageAsync(int width = 1280, int height = 900)
    {
        if (Browser is null)
        {
            var reason = $"no Chromium at {ExecutablePath}: install Debian's chromium (apt-get install chromium) or set ENTENTE_CHROMIUM to run the browser tests.";
            if (Environment.GetEnvironmentVariable(RequireVariable) == "1")
            {
                Assert.Fail($"{reason} {RequireVariable}=1 makes them required.");
            }

            Assert.Skip(reason);
        }

        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
