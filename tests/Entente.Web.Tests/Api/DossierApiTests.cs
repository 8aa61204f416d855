using System.Net.Http.Json;
using System.Text.Json;
using Entente.Actors;
using Entente.Storage;
using Entente.Storage.ArmsTrade;
using Entente.Storage.Sqlite;
using Entente.Testing;

namespace Entente.Web.Tests.Api;

/// <summary>The dossier answers from the store's queries and SIPRI's matrix; a pair with no curated evidence still gets its datasets.</summary>
public sealed class DossierApiTests(WorkbenchData data)
{
    [Fact]
    public async Task The_Russia_China_dossier_has_each_section_of_the_store_and_the_key_judgements_with_their_terms()
    {
        using var client = new WorkbenchFactory(data.Options).CreateClient();
        await using var store = await SqliteEvidenceStore.OpenAsync(data.Options.StorePath, TestContext.Current.CancellationToken);
        var exercises = await store.QueryItemsAsync(new EvidenceQuery { Dyad = ("RUS", "CHN"), Types = ["exercise", "patrol"] }, TestContext.Current.CancellationToken);

        var dossier = await client.GetFromJsonAsync<JsonElement>("/api/dossier/RUS/CHN", TestContext.Current.CancellationToken);

        var section = dossier.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "exercises");
        Assert.Equal(exercises.Select(i => i.Id).Order(StringComparer.Ordinal), section.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        var vostok = section.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "s4-vostok-2018");
        Assert.Equal("year", vostok.GetProperty("precision").GetString());
        var judgements = dossier.GetProperty("judgements").EnumerateArray().ToList();
        Assert.NotEmpty(judgements);
        Assert.Contains(judgements, j => j.TryGetProperty("term", out var term) && term.GetString() == "likely");
    }

    [Fact]
    public async Task The_SIPRI_figures_both_ways_are_the_matrix_figures_of_the_release()
    {
        SharedData.Require(WorkbenchData.Register);
        using var client = new WorkbenchFactory(data.Options).CreateClient();
        await using var trade = await SqliteArmsTradeStore.OpenAsync(data.Options.StorePath, TestContext.Current.CancellationToken);
        var release = (await trade.FilesAsync(TestContext.Current.CancellationToken)).Single().Id;
        var matrix = (await trade.MatrixAsync(release, ActorRegistry.Shipped, TestContext.Current.CancellationToken))!;

        var dossier = await client.GetFromJsonAsync<JsonElement>("/api/dossier/Russia/China", TestContext.Current.CancellationToken);

        var years = dossier.GetProperty("trade").GetProperty("a_to_b").EnumerateArray().ToDictionary(y => y.GetProperty("year").GetInt32(), y => y.GetProperty("tiv").GetDecimal());
        Assert.True(years.Count > 20);
        foreach (var (year, tiv) in years)
        {
            Assert.Equal(matrix.Tiv("RUS", "CHN", year), tiv);
        }

        Assert.Equal(matrix.Rank("RUS", "CHN", matrix.Release.FirstYear, matrix.Release.LastYear), dossier.GetProperty("trade").GetProperty("as_supplier_rank_of_b").GetInt32());
    }

    [Fact]
    public async Task India_France_has_no_curated_evidence_but_still_gets_its_SIPRI_and_event_answers()
    {
        SharedData.Require(WorkbenchData.Register);
        SharedData.Require(WorkbenchData.Icews);
        using var client = new WorkbenchFactory(data.Options).CreateClient();

        var dossier = await client.GetFromJsonAsync<JsonElement>("/api/dossier/IND/FRA", TestContext.Current.CancellationToken);

        Assert.All(dossier.GetProperty("sections").EnumerateArray(), s => Assert.False(s.TryGetProperty("items", out var items) && items.GetArrayLength() > 0));
        Assert.Contains(dossier.GetProperty("trade").GetProperty("b_to_a").EnumerateArray(), y => y.GetProperty("tiv").GetDecimal() > 0);
        Assert.True(dossier.TryGetProperty("events", out var events), "no event answer");
        Assert.True(events.TryGetProperty("datasets", out _));
    }

    [Fact]
    public async Task An_unknown_actor_is_a_400_problem_that_says_what_it_could_not_resolve()
    {
        using var client = new WorkbenchFactory(data.Options).CreateClient();

        var response = await client.GetAsync("/api/dossier/RUS/Atlantis", TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Atlantis", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
