using Microsoft.Playwright;

namespace Entente.Web.Tests.Browser;

/// <summary>Offline, policy-clean, hostile-text-proof and keyboard-usable, checked in a real browser.</summary>
public sealed class SafetyBrowserTests(WorkbenchData data, Chromium chromium, HostileStore hostile) : IClassFixture<Chromium>, IClassFixture<HostileStore>
{
    private static readonly string[] Pages = ["/dossier/RUS/CHN", "/evidence?dyad=RUS-CHN", "/items/s4-vostok-2018", "/sources", "/timeline", "/map", "/network", "/panel"];

    [Fact]
    public async Task Pages_make_no_request_beyond_127_0_0_1_and_break_no_content_security_rule()
    {
        var page = await chromium.PageAsync();
        await using var server = await LiveServer.StartAsync(data.Options);
        var requests = new List<string>();
        var errors = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                errors.Add($"{response.Status} {response.Url}");
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"{message.Text} ({page.Url})");
            }
        };

        foreach (var path in Pages)
        {
            await page.GotoAsync(server.Url(path), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        }

        Assert.True(requests.Count >= Pages.Length, "no requests were seen");
        Assert.All(requests, url => Assert.Equal("127.0.0.1", new Uri(url).Host));
        Assert.Contains(requests, url => url.EndsWith("/site.css", StringComparison.Ordinal));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Hostile_evidence_text_runs_no_script_and_reads_as_text()
    {
        var page = await chromium.PageAsync();
        await using var server = await LiveServer.StartAsync(hostile.Options);
        var dialogs = 0;
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };

        foreach (var path in new[] { "/items/hostile-item", "/sources/hostile-source", "/evidence?text=alert", "/dossier/RUS/CHN", "/timeline", "/map" })
        {
            await page.GotoAsync(server.Url(path), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            Assert.Equal(0, await page.Locator("script:not([src='/site.js']), img, iframe").CountAsync());
        }

        await page.GotoAsync(server.Url("/items/hostile-item"));
        Assert.Contains("<script>alert('x')</script>", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, dialogs);
        await Screenshot.SaveAsync(page, "hostile-item");
    }

    [Fact]
    public async Task Every_control_has_a_label_on_every_page()
    {
        var page = await chromium.PageAsync();
        await using var server = await LiveServer.StartAsync(data.Options);
        const string unlabelled = """
            () => [...document.querySelectorAll('input, select, textarea, button, a[href]')]
              .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.textContent.trim())
              .map(e => e.outerHTML.slice(0, 120))
            """;

        foreach (var path in Pages)
        {
            await page.GotoAsync(server.Url(path));
            Assert.Empty(await page.EvaluateAsync<string[]>(unlabelled));
        }
    }

    [Fact]
    public async Task The_keyboard_alone_reaches_a_chart_mark_and_opens_its_item()
    {
        var page = await chromium.PageAsync();
        // Six hundred key presses on a machine busy with the other test assemblies: allow for slowness, not for failure.
        page.SetDefaultTimeout(120_000);
        await using var server = await LiveServer.StartAsync(data.Options);
        await page.GotoAsync(server.Url("/dossier/RUS/CHN"));

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        var reached = false;
        for (var i = 0; i < 600 && !reached; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await page.EvaluateAsync<bool>("() => document.activeElement.hasAttribute('data-item')");
        }

        Assert.True(reached, "Tab never reached a chart mark");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/items/**");
    }
}
