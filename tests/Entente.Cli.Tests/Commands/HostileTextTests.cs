using System.Text.Json;

namespace Entente.Cli.Tests.Commands;

/// <summary>Text from a bundle is data on every path: stored verbatim, displayed inert, exported escaped.</summary>
public sealed class HostileTextTests
{
    private const string Summary = "[red]markup[/] <script>alert('x')</script> '; DROP TABLE items; -- \u001b[2J =HYPERLINK(\"http://evil\")";

    private static async Task<CliRun> WithHostileBundleAsync()
    {
        var cli = new CliRun();
        var yamlSummary = Summary.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\u001b", "\\e", StringComparison.Ordinal);
        var path = cli.Dir.Write("hostile.yaml", $$"""
            sources:
              - id: hostile-source
                kind: blog
                title: "<b>bold</b> title"
            items:
              - id: hostile-item
                type: statement
                date: "2020"
                actors: [{actor: RUS, role: speaker}]
                summary: "{{yamlSummary}}"
                sources: [hostile-source]
            """);
        var import = await cli.RunAsync("import", "bundle", path);
        Assert.True(import.ExitCode == 0, import.Error);
        return cli;
    }

    [Fact]
    public async Task It_is_stored_and_returned_verbatim()
    {
        using var cli = await WithHostileBundleAsync();

        var result = await cli.RunAsync("show", "hostile-item", "--json");

        Assert.Equal(Summary, JsonDocument.Parse(result.Out).RootElement.GetProperty("item").GetProperty("summary").GetString());
        Assert.Equal(3, (await cli.RunAsync("show", "nothing")).ExitCode);
    }

    [Fact]
    public async Task Tables_show_markup_literally_and_never_emit_control_characters()
    {
        using var cli = await WithHostileBundleAsync();

        var result = await cli.RunAsync("evidence", "--text", "DROP TABLE");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("[red]markup[/]", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', result.Out);
    }

    [Fact]
    public async Task CSV_defuses_formulas_and_the_timeline_escapes_HTML()
    {
        using var cli = await WithHostileBundleAsync();

        var csv = await cli.RunAsync("export", "--format", "csv", "--text", "DROP");
        var timeline = await cli.RunAsync("export", "--format", "timeline", "--text", "DROP");

        Assert.DoesNotContain(",=HYPERLINK", csv.Out, StringComparison.Ordinal);
        var text = JsonDocument.Parse(timeline.Out).RootElement.GetProperty("events")[0].GetProperty("text").GetProperty("text").GetString()!;
        Assert.DoesNotContain("<script>", text, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>bold</b>", text, StringComparison.Ordinal);
    }
}
