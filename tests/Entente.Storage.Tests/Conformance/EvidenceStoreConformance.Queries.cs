using Entente.Sources;

namespace Entente.Storage.Tests.Conformance;

/// <summary>The query half of the contract: filters, ordering, full-text search.</summary>
public abstract partial class EvidenceStoreConformance
{
    private async Task<IReadOnlyList<string>> IdsAsync(EvidenceQuery query)
    {
        await ImportAsync(SampleEvidence.Bundle);
        return [.. (await Store.QueryItemsAsync(query)).Select(i => i.Id)];
    }

    [Fact]
    public async Task Items_come_in_date_order()
    {
        Assert.Equal(["su35-order", "vostok-2018", "kaz-transfer", "submarine"], await IdsAsync(EvidenceQuery.All));
    }

    [Fact]
    public async Task A_dyad_selects_items_where_both_actors_take_part_in_any_role()
    {
        Assert.Equal(["su35-order", "vostok-2018", "submarine"], await IdsAsync(new EvidenceQuery { Dyad = ("CHN", "RUS") }));
        Assert.Equal(["kaz-transfer"], await IdsAsync(new EvidenceQuery { Dyad = ("KAZ", "CHN") }));
    }

    [Fact]
    public async Task A_parent_type_matches_its_subtypes()
    {
        Assert.Equal(["su35-order"], await IdsAsync(new EvidenceQuery { Types = ["arms-deal"] }));
        Assert.Empty(await IdsAsync(new EvidenceQuery { Types = ["arms"] }));
    }

    [Fact]
    public async Task Themes_and_actors_filter_together()
    {
        Assert.Equal(["vostok-2018"], await IdsAsync(new EvidenceQuery { Themes = ["exercises"], Actors = ["MNG"] }));
    }

    [Fact]
    public async Task A_date_window_keeps_items_that_overlap_it()
    {
        var from2018 = new EvidenceQuery { From = new DateOnly(2018, 9, 17), To = new DateOnly(2019, 12, 31) };

        Assert.Equal(["vostok-2018", "kaz-transfer"], await IdsAsync(from2018));
    }

    [Fact]
    public async Task A_minimum_grade_needs_one_source_that_meets_it_on_both_scales_with_citation_credibility_first()
    {
        Assert.Equal(["su35-order"], await IdsAsync(new EvidenceQuery { MinGrade = Grade.Parse("B2") }));
        Assert.Equal(["su35-order", "vostok-2018", "kaz-transfer"], await IdsAsync(new EvidenceQuery { MinGrade = Grade.Parse("C3") }));
    }

    [Fact]
    public async Task Full_text_search_covers_summaries_and_cited_source_titles_in_any_script()
    {
        Assert.Equal(["submarine"], await IdsAsync(new EvidenceQuery { Text = "submarine" }));
        Assert.Equal(["vostok-2018"], await IdsAsync(new EvidenceQuery { Text = "Восток" }));
        Assert.Equal(["su35-order", "kaz-transfer"], await IdsAsync(new EvidenceQuery { Text = "reuters" }));
    }

    [Theory]
    [InlineData("\" OR 1=1 --")]
    [InlineData("summary:China")]
    [InlineData("'; DROP TABLE items; --")]
    [InlineData("NEAR(a b)")]
    [InlineData("*")]
    public async Task Search_text_is_searched_for_never_interpreted(string hostile)
    {
        var ids = await IdsAsync(new EvidenceQuery { Text = hostile });

        Assert.Empty(ids);
        Assert.Equal(4, (await Store.CountAsync()).Items);
    }

    [Fact]
    public async Task A_limit_caps_the_result()
    {
        Assert.Equal(2, (await IdsAsync(new EvidenceQuery { Limit = 2 })).Count);
    }

    [Fact]
    public async Task Sources_filter_by_kind_text_and_id()
    {
        await ImportAsync(SampleEvidence.Bundle);

        Assert.Equal(["blog"], (await Store.QuerySourcesAsync(new SourceQuery { Kind = "blog" })).Select(s => s.Id));
        Assert.Equal(["mod"], (await Store.QuerySourcesAsync(new SourceQuery { Text = "vostok" })).Select(s => s.Id));
        Assert.Equal(["wire", "mod"], (await Store.QuerySourcesAsync(new SourceQuery { Ids = ["mod", "wire"] })).Select(s => s.Id));
        Assert.Empty(await Store.QuerySourcesAsync(new SourceQuery { Text = "100%_" }));
    }
}
