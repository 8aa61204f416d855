using System.Text.Json;

namespace Entente.Cli.Tests.Commands;

public sealed class EvidenceCommandTests
{
    [Fact]
    public async Task A_first_run_creates_the_store_and_shows_the_flagship_case()
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("evidence", "--dyad", "RUS-CHN", "--theme", "exercises");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Created the evidence store", result.Error, StringComparison.Ordinal);
        Assert.Contains("Loaded the shipped case", result.Error, StringComparison.Ordinal);
        Assert.Contains("Vostok", result.Out, StringComparison.Ordinal);
        Assert.Contains("fn-", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("RUS-CHN")]
    [InlineData("Russia,China")]
    [InlineData("russian federation-PRC")]
    [InlineData("fips:RS-cow:710")]
    public async Task A_dyad_takes_ids_codes_names_or_aliases(string dyad)
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("evidence", "--dyad", dyad, "--type", "exercise", "--json");

        Assert.Equal(0, result.ExitCode);
        var items = JsonDocument.Parse(result.Out).RootElement;
        Assert.True(items.GetArrayLength() > 5);
        Assert.All(items.EnumerateArray(), i =>
        {
            var actors = i.GetProperty("actors").EnumerateArray().Select(a => a.GetProperty("actor").GetString()).ToList();
            Assert.Contains("RUS", actors);
            Assert.Contains("CHN", actors);
        });
    }

    [Fact]
    public async Task An_ambiguous_actor_lists_the_candidates_and_exits_2()
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("evidence", "--actor", "CH");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("ambiguous", result.Error, StringComparison.Ordinal);
        Assert.Contains("(CHN)", result.Error, StringComparison.Ordinal);
        Assert.Contains("(CHE)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_resolved_actor_is_reported_on_stderr_not_in_the_results()
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("evidence", "--actor", "kazakhstan", "--json");

        Assert.Contains("→ Kazakhstan (KAZ)", result.Error, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(result.Out).RootElement.ValueKind);
    }

    [Theory]
    [InlineData("--type", "arms-sale")]
    [InlineData("--theme", "weather")]
    [InlineData("--min-grade", "Z9")]
    [InlineData("--from", "last year")]
    public async Task A_bad_filter_is_a_usage_error(string option, string value)
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("evidence", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("entente: ", result.Error.Split('\n').Last(l => l.Length > 0), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_narrow_the_result()
    {
        using var cli = new CliRun();

        var all = await CountAsync(cli);
        var claims = await CountAsync(cli, "--type", "claim");
        var graded = await CountAsync(cli, "--type", "claim", "--min-grade", "A2");
        var windowed = await CountAsync(cli, "--from", "2018", "--to", "2018");
        var text = await CountAsync(cli, "--text", "Vostok");

        Assert.True(all > claims && claims > graded && graded > 0, $"{all} > {claims} > {graded} > 0");
        Assert.InRange(windowed, 1, all - 1);
        Assert.InRange(text, 1, all - 1);
    }

    private static async Task<int> CountAsync(CliRun cli, params string[] filters)
    {
        var result = await cli.RunAsync(["evidence", "--json", .. filters]);
        Assert.Equal(0, result.ExitCode);
        return JsonDocument.Parse(result.Out).RootElement.GetArrayLength();
    }
}
