using System.Text.Json;

namespace Entente.Cli.Tests.Commands;

/// <summary>On the flagship case: an actor includes its parts (CHN: the PLA; the PLA: the PLA Navy) in every actor filter, unless --exact-actor.</summary>
public sealed class ActorPartsTests
{
    private const string PlaAndRussianForcesOnly = "s9-no-tactical-interoperability";

    private static async Task<IReadOnlyList<string>> IdsAsync(CliRun cli, params string[] args)
    {
        var result = await cli.RunAsync(["evidence", .. args, "--json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        return [.. JsonDocument.Parse(result.Out).RootElement.EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];
    }

    private static async Task<IReadOnlyList<IReadOnlyList<string>>> ActorsOfAsync(CliRun cli, params string[] args)
    {
        var result = await cli.RunAsync(["evidence", .. args, "--json"]);
        return [.. JsonDocument.Parse(result.Out).RootElement.EnumerateArray()
            .Select(i => (IReadOnlyList<string>)[.. i.GetProperty("actors").EnumerateArray().Select(a => a.GetProperty("actor").GetString()!)])];
    }

    [Fact]
    public async Task The_RUS_CHN_dyad_finds_items_that_name_only_the_PLA_and_the_Russian_armed_forces()
    {
        using var cli = new CliRun();

        var dyad = await IdsAsync(cli, "--dyad", "RUS-CHN");
        var exact = await IdsAsync(cli, "--dyad", "RUS-CHN", "--exact-actor");

        Assert.Contains(PlaAndRussianForcesOnly, dyad);
        Assert.DoesNotContain(PlaAndRussianForcesOnly, exact);
        Assert.Subset(dyad.ToHashSet(), exact.ToHashSet());
    }

    [Fact]
    public async Task China_finds_PLA_only_items_and_the_PLA_finds_PLA_Navy_items()
    {
        using var cli = new CliRun();

        var china = await IdsAsync(cli, "--actor", "CHN");
        var pla = await ActorsOfAsync(cli, "--actor", "pla");
        var plaExact = await ActorsOfAsync(cli, "--actor", "pla", "--exact-actor");

        Assert.Contains(PlaAndRussianForcesOnly, china);
        Assert.Contains("s2-us-indictment-pla-cyber-espionage", china);
        Assert.Contains(pla, actors => actors.Contains("pla-navy") && !actors.Contains("pla"));
        Assert.DoesNotContain(plaExact, actors => !actors.Contains("pla"));
        Assert.True(pla.Count > plaExact.Count);
    }

    [Fact]
    public async Task Export_filters_by_actor_the_same_way()
    {
        using var cli = new CliRun();

        var export = await cli.RunAsync("export", "--format", "json", "--dyad", "RUS-CHN");
        var exact = await cli.RunAsync("export", "--format", "json", "--dyad", "RUS-CHN", "--exact-actor");

        Assert.Contains(PlaAndRussianForcesOnly, export.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(PlaAndRussianForcesOnly, exact.Out, StringComparison.Ordinal);
    }
}
