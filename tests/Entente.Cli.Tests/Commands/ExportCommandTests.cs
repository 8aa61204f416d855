using System.Text.Json;
using Entente.Import.Bundle;

namespace Entente.Cli.Tests.Commands;

public sealed class ExportCommandTests
{
    [Fact]
    public async Task A_YAML_export_is_a_bundle_that_validates_and_reimports_without_change()
    {
        using var cli = new CliRun();
        var path = cli.Dir.File("export.yaml");

        var export = await cli.RunAsync("export", "--format", "yaml", "--dyad", "RUS-CHN", "--out", path);
        var read = BundleValidator.Shipped.ReadAndValidate(path);
        var reimport = await cli.RunAsync("import", "bundle", path);

        Assert.Equal(0, export.ExitCode);
        Assert.Empty(read.Diagnostics);
        Assert.True(read.Bundle.Items.Count > 100);
        Assert.Contains("Nothing changed", reimport.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_JSON_export_holds_items_with_their_sources()
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("export", "--format", "json", "--theme", "exercises");

        var root = JsonDocument.Parse(result.Out).RootElement;
        var cited = root.GetProperty("items").EnumerateArray().SelectMany(i => i.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("source").GetString())).ToHashSet();
        var sources = root.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToHashSet();
        Assert.NotEmpty(cited);
        Assert.Subset(sources, cited);
    }

    [Fact]
    public async Task CSL_JSON_gives_Zotero_entries_with_names_dates_and_grades()
    {
        using var cli = new CliRun();
        await cli.RunAsync("import", "bundle", CliRun.Fixture("valid", "sample.yaml"));

        var result = await cli.RunAsync("export", "--format", "csl-json", "--text", "bombers");

        var entries = JsonDocument.Parse(result.Out).RootElement.EnumerateArray().ToList();
        var wire = entries.Single(e => e.GetProperty("id").GetString() == "sample-wire-2019");
        Assert.Equal("article-newspaper", wire.GetProperty("type").GetString());
        Assert.Equal("Doe", wire.GetProperty("author")[0].GetProperty("family").GetString());
        Assert.Equal(2019, wire.GetProperty("issued").GetProperty("date-parts")[0][0].GetInt32());
        Assert.Contains("Grade B2", wire.GetProperty("note").GetString(), StringComparison.Ordinal);
        var mod = entries.Single(e => e.GetProperty("id").GetString() == "sample-mod-2019");
        Assert.Equal("Совместное воздушное патрулирование", mod.GetProperty("original-title").GetString());
    }

    [Fact]
    public async Task A_TimelineJS_export_keeps_each_date_at_its_precision()
    {
        using var cli = new CliRun();
        await cli.RunAsync("import", "bundle", CliRun.Fixture("valid", "sample.yaml"));

        var result = await cli.RunAsync("export", "--format", "timeline", "--text", "bombers");

        var events = JsonDocument.Parse(result.Out).RootElement.GetProperty("events").EnumerateArray().ToList();
        var patrol = events.Single(e => e.GetProperty("unique_id").GetString() == "sample-air-patrol-2019");
        Assert.Equal("23", patrol.GetProperty("start_date").GetProperty("day").GetString());
        var claim = events.Single(e => e.GetProperty("unique_id").GetString() == "sample-claim-share");
        Assert.False(claim.GetProperty("start_date").TryGetProperty("month", out _));
    }

    [Fact]
    public async Task CSV_export_has_a_header_and_one_row_per_item()
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("export", "--format", "csv", "--type", "exercise");
        var json = await cli.RunAsync("evidence", "--type", "exercise", "--json");

        Assert.StartsWith("id,type,date,", result.Out, StringComparison.Ordinal);
        var ids = JsonDocument.Parse(json.Out).RootElement.EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
        Assert.All(ids, id => Assert.Contains("\r\n" + id + ",", result.Out, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_format_is_a_usage_error()
    {
        using var cli = new CliRun();

        Assert.Equal(2, (await cli.RunAsync("export", "--format", "pdf")).ExitCode);
    }
}
