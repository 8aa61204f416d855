using System.Text.Json;
using Entente.Bundles;
using Entente.Dates;
using Entente.Evidence;
using Entente.Sources;
using Entente.Storage.Sqlite;

namespace Entente.Cli.Tests.Commands;

/// <summary>Text from a bundle is data on every path: stored verbatim, displayed inert, exported escaped; control characters never get in, nor out.</summary>
public sealed class HostileTextTests
{
    private const string Summary = "[red]markup[/] <script>alert('x')</script> '; DROP TABLE items; -- =HYPERLINK(\"http://evil\")";

    private static async Task<CliRun> WithHostileBundleAsync()
    {
        var cli = new CliRun();
        var yamlSummary = Summary.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
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
    public async Task Tables_show_markup_literally()
    {
        using var cli = await WithHostileBundleAsync();

        var result = await cli.RunAsync("evidence", "--text", "DROP TABLE");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("[red]markup[/]", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CSV_defuses_formulas_and_the_timeline_escapes_HTML()
    {
        using var cli = await WithHostileBundleAsync();

        var csv = await cli.RunAsync("export", "--format", "csv", "--text", "DROP");
        var timeline = await cli.RunAsync("export", "--format", "timeline", "--text", "DROP");

        Assert.Contains("hostile-item", csv.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", csv.Out, StringComparison.Ordinal);
        var text = JsonDocument.Parse(timeline.Out).RootElement.GetProperty("events")[0].GetProperty("text").GetProperty("text").GetString()!;
        Assert.DoesNotContain("<script>", text, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>bold</b>", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bundle_with_a_terminal_escape_is_refused_at_its_line_and_column()
    {
        using var cli = new CliRun();
        var path = cli.Dir.Write("escape.yaml", """
            sources:
              - id: escape-source
                kind: blog
                title: "clear \e[2J screen"
            """);

        var result = await cli.RunAsync("import", "bundle", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("escape.yaml:4:12: 'title' holds control character U+001B", result.Error, StringComparison.Ordinal);
        Assert.Equal(3, (await cli.RunAsync("show", "escape-source")).ExitCode);
    }

    [Fact]
    public async Task Control_characters_already_in_a_store_never_reach_tables_or_CSV()
    {
        using var cli = new CliRun();
        Assert.Equal(0, (await cli.RunAsync("init")).ExitCode);
        await using (var store = await SqliteEvidenceStore.OpenAsync(cli.DbPath, TestContext.Current.CancellationToken))
        {
            // Written as an older Entente, or another tool, could have: past the validator.
            var source = new Source { Id = "old-source", Kind = "blog", Title = new SourceTitle("old") };
            var item = new EvidenceItem
            {
                Id = "old-item",
                Type = "statement",
                Date = DateSpan.On(new PartialDate(2020)),
                Summary = "bell\u0007 escape\u001b[2J nul\u0000 tab\tend",
                Actors = [new ActorRole("RUS", "speaker")],
                Sources = [new Citation("old-source")],
            };
            await store.ImportAsync(new Bundle { Sources = [source], Items = [item] }, "older-tool", cancellationToken: TestContext.Current.CancellationToken);
        }

        var csv = await cli.RunAsync("export", "--format", "csv", "--text", "bell");
        var table = await cli.RunAsync("evidence", "--text", "bell");

        Assert.Contains("old-item", csv.Out, StringComparison.Ordinal);
        Assert.Contains("bell escape[2J nul tab\tend", csv.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(csv.Out, c => char.IsControl(c) && c is not ('\t' or '\r' or '\n'));
        Assert.Contains("old-item", table.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(table.Out, c => char.IsControl(c) && c is not '\n');
    }
}
