using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Entente.Storage;
using Entente.Storage.Sqlite;

namespace Entente.Web.Tests.Api;

/// <summary>/api/evidence and /api/items answer with the store's own query, paged and sorted.</summary>
public sealed class EvidenceApiTests(WorkbenchData data)
{
    [Fact]
    public async Task The_dyad_and_type_filters_return_what_the_store_query_returns()
    {
        using var factory = new WorkbenchFactory(data.Options);
        await using var store = await SqliteEvidenceStore.OpenAsync(data.Options.StorePath, TestContext.Current.CancellationToken);
        var expected = await store.QueryItemsAsync(new EvidenceQuery { Dyad = ("RUS", "CHN"), Types = ["exercise"] }, TestContext.Current.CancellationToken);

        var json = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/evidence?dyad=Russia,China&type=exercise&pageSize=500", TestContext.Current.CancellationToken);

        Assert.True(expected.Count > 5);
        Assert.Equal(expected.Count, json.GetProperty("total").GetInt32());
        Assert.Equal(expected.Select(i => i.Id).Order(StringComparer.Ordinal), json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Pages_cut_the_sorted_list_without_overlap()
    {
        using var client = new WorkbenchFactory(data.Options).CreateClient();

        var all = await client.GetFromJsonAsync<JsonElement>("/api/evidence?sort=-date&pageSize=500", TestContext.Current.CancellationToken);
        var second = await client.GetFromJsonAsync<JsonElement>("/api/evidence?sort=-date&pageSize=7&page=2", TestContext.Current.CancellationToken);

        var ids = all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
        Assert.Equal(ids.Skip(7).Take(7), second.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        Assert.Equal(all.GetProperty("total").GetInt32(), second.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Bad_filters_are_a_validation_problem_naming_each_parameter()
    {
        using var client = new WorkbenchFactory(data.Options).CreateClient();

        var response = await client.GetAsync("/api/evidence?type=warship&minGrade=Z9&from=2020-13&sort=colour", TestContext.Current.CancellationToken);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "type", "minGrade", "from", "sort" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        }
    }

    [Fact]
    public async Task An_item_comes_with_its_cited_sources_and_history_and_a_missing_one_is_a_404_problem()
    {
        using var client = new WorkbenchFactory(data.Options).CreateClient();

        var item = await client.GetFromJsonAsync<JsonElement>("/api/items/s4-vostok-2018", TestContext.Current.CancellationToken);
        var missing = await client.GetAsync("/api/items/no-such-item", TestContext.Current.CancellationToken);

        var cited = item.GetProperty("item").GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("source").GetString()).Distinct().ToList();
        Assert.Equal(cited.Order(StringComparer.Ordinal), item.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("id").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(1, item.GetProperty("history").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }
}
