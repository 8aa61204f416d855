using System.Text.Json;

namespace Entente.Cli.Tests.Commands;

public sealed class ActorsCommandTests
{
    [Fact]
    public async Task A_query_shows_the_resolved_actor_with_its_codes()
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("actors", "Soviet Union");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("SUN", result.Out, StringComparison.Ordinal);
        Assert.Contains("365@1922..1991", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ambiguous_query_lists_every_candidate()
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("actors", "RS", "--json");

        var ids = JsonDocument.Parse(result.Out).RootElement.EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToList();
        Assert.Contains("RUS", ids);
        Assert.Contains("SRB", ids);
        Assert.Contains("ambiguous", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_listing_filters_by_kind_and_includes_bundle_actors()
    {
        using var cli = new CliRun();
        await cli.RunAsync("import", "bundle", CliRun.Fixture("valid", "sample.yaml"));

        var result = await cli.RunAsync("actors", "--kind", "person", "--json");

        var actors = JsonDocument.Parse(result.Out).RootElement.EnumerateArray().ToList();
        Assert.All(actors, a => Assert.Equal("person", a.GetProperty("kind").GetString()));
        Assert.Contains(actors, a => a.GetProperty("id").GetString() == "sample-analyst");
    }

    [Fact]
    public async Task An_unknown_actor_exits_3()
    {
        using var cli = new CliRun();

        Assert.Equal(3, (await cli.RunAsync("actors", "Atlantis")).ExitCode);
    }
}
