using System.Text.Json;

namespace Entente.Cli.Tests.Commands;

public sealed class ImportCommandTests
{
    [Fact]
    public async Task Importing_the_same_bundle_twice_leaves_every_count_unchanged()
    {
        using var cli = new CliRun();
        var sample = CliRun.Fixture("valid", "sample.yaml");

        var first = await cli.RunAsync("import", "bundle", sample);
        var afterFirst = await CountsAsync(cli);
        var second = await cli.RunAsync("import", "bundle", sample);
        var afterSecond = await CountsAsync(cli);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("Nothing changed", second.Error, StringComparison.Ordinal);
        Assert.Equal(afterFirst, afterSecond);
    }

    [Fact]
    public async Task A_bundle_with_errors_is_refused_whole_and_the_store_is_untouched()
    {
        using var cli = new CliRun();
        var before = await CountsAsync(cli);

        var result = await cli.RunAsync("import", "bundle", CliRun.Fixture("invalid", "five-errors.yaml"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(5, result.Error.Split('\n').Count(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"five-errors\.yaml:\d+:\d+: ")));
        Assert.Contains("nothing was imported", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync(cli));
    }

    [Fact]
    public async Task An_edited_bundle_updates_in_place_and_show_history_lists_both_versions()
    {
        using var cli = new CliRun();
        var original = File.ReadAllText(CliRun.Fixture("valid", "sample.yaml"));
        var path = cli.Dir.Write("edited/sample.yaml", original);
        await cli.RunAsync("import", "bundle", path);
        File.WriteAllText(path, original.Replace("flew a first joint air patrol", "flew their first joint air patrol", StringComparison.Ordinal));

        var import = await cli.RunAsync("import", "bundle", path, "--json");
        var history = await cli.RunAsync("show", "sample-air-patrol-2019", "--history", "--json");

        Assert.Equal(1, JsonDocument.Parse(import.Out).RootElement.GetProperty("items").GetProperty("updated").GetInt32());
        var versions = JsonDocument.Parse(history.Out).RootElement.GetProperty("history");
        Assert.Equal(2, versions.GetArrayLength());
        Assert.Contains("a first joint", versions[0].GetProperty("record").GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    private static async Task<string> CountsAsync(CliRun cli)
    {
        var result = await cli.RunAsync("init", "--json");
        Assert.Equal(0, result.ExitCode);
        return JsonDocument.Parse(result.Out).RootElement.GetProperty("counts").GetRawText();
    }
}
