using Entente.Evidence;

namespace Entente.Storage.Tests.Conformance;

/// <summary>An actor stands for itself and its parts (the registry's PLA Navy → PLA → China), unless the exact actor is asked for.</summary>
public abstract partial class EvidenceStoreConformance
{
    private static EvidenceItem Between(string id, params string[] actors) =>
        SampleEvidence.Submarine with { Id = id, Actors = [.. actors.Select(a => new ActorRole(a, "participant"))] };

    private async Task<IReadOnlyList<string>> PartsIdsAsync(EvidenceQuery query)
    {
        var items = new[]
        {
            Between("states", "RUS", "CHN"),
            Between("armed-forces", "russian-armed-forces", "pla"),
            Between("navies", "russian-navy", "pla-navy"),
            Between("pla-and-usa", "pla", "USA"),
            Between("analyst-unit", "test-unit", "RUS"),
        };
        var unit = SampleEvidence.Analyst with { Id = "test-unit", Parent = "pla-navy" };
        await ImportAsync(SampleEvidence.Bundle with { Actors = [SampleEvidence.Analyst, unit], Items = items });
        return [.. (await Store.QueryItemsAsync(query)).Select(i => i.Id).Order(StringComparer.Ordinal)];
    }

    [Fact]
    public async Task A_dyad_of_states_finds_items_that_name_only_their_armed_forces()
    {
        Assert.Equal(["analyst-unit", "armed-forces", "navies", "states"], await PartsIdsAsync(new EvidenceQuery { Dyad = ("RUS", "CHN") }));
    }

    [Fact]
    public async Task A_state_finds_its_services_and_a_service_its_branches_and_bundle_actors()
    {
        Assert.Equal(["analyst-unit", "armed-forces", "navies", "pla-and-usa", "states"], await PartsIdsAsync(new EvidenceQuery { Actors = ["CHN"] }));
        Assert.Equal(["analyst-unit", "armed-forces", "navies", "pla-and-usa"], await PartsIdsAsync(new EvidenceQuery { Actors = ["pla"] }));
        Assert.Equal(["analyst-unit", "navies"], await PartsIdsAsync(new EvidenceQuery { Actors = ["pla-navy"] }));
    }

    [Fact]
    public async Task The_exact_actor_option_matches_only_the_actor_named()
    {
        Assert.Equal(["states"], await PartsIdsAsync(new EvidenceQuery { Dyad = ("RUS", "CHN"), ExactActors = true }));
        Assert.Equal(["armed-forces", "pla-and-usa"], await PartsIdsAsync(new EvidenceQuery { Actors = ["pla"], ExactActors = true }));
    }

    [Fact]
    public async Task Source_text_search_looks_at_text_fields_not_at_the_stored_record()
    {
        await ImportAsync(SampleEvidence.Bundle with { Sources = [.. SampleEvidence.Bundle.Sources, SampleEvidence.Blog with { Id = "doe", Authors = ["Jane Doe"] }] });

        Assert.Empty(await Store.QuerySourcesAsync(new SourceQuery { Text = "credibility" }));
        Assert.Empty(await Store.QuerySourcesAsync(new SourceQuery { Text = "reliability" }));
        Assert.Equal(["doe"], (await Store.QuerySourcesAsync(new SourceQuery { Text = "jane" })).Select(s => s.Id));
        Assert.Equal(["mod"], (await Store.QuerySourcesAsync(new SourceQuery { Text = "Sovmestnye" })).Select(s => s.Id));
        Assert.Equal(["mod"], (await Store.QuerySourcesAsync(new SourceQuery { Text = "учения" })).Select(s => s.Id));
        Assert.Equal(["wire"], (await Store.QuerySourcesAsync(new SourceQuery { Text = "reuters" })).Select(s => s.Id));
    }
}
