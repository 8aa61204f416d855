using Entente.Cameo;

namespace Entente.Core.Tests.Cameo;

/// <summary>The shipped CAMEO codebook: QuadClass by root, named code sets checked against the codes they name, actor mapping.</summary>
public sealed class CameoCodebookTests
{
    private static readonly CameoCodebook Codebook = CameoCodebook.Shipped;

    [Theory]
    [InlineData("01", QuadClass.VerbalCooperation)]
    [InlineData("057", QuadClass.VerbalCooperation)]
    [InlineData("062", QuadClass.MaterialCooperation)]
    [InlineData("0874", QuadClass.MaterialCooperation)]
    [InlineData("138", QuadClass.VerbalConflict)]
    [InlineData("190", QuadClass.MaterialConflict)]
    [InlineData("2042", QuadClass.MaterialConflict)]
    public void QuadClass_follows_the_root(string code, QuadClass expected)
    {
        Assert.Equal(expected, Codebook.Events[code].QuadClass);
        Assert.Equal(expected, CameoEventCode.QuadClassOf(code));
    }

    [Fact]
    public void Codes_keep_their_leading_zeros()
    {
        Assert.Equal("Cooperate militarily", Codebook.Events["062"].Label);
        Assert.False(Codebook.Events.ContainsKey("62"));
        Assert.Equal(20, Codebook.Events.Values.Count(e => e.Level == 1));
    }

    [Fact]
    public void Every_code_of_every_named_set_is_in_the_codebook()
    {
        var missing = Codebook.Sets.Values.SelectMany(s => s.Codes.Where(c => !Codebook.Events.ContainsKey(c)).Select(c => $"{s.Id}:{c}"));

        Assert.Empty(missing);
    }

    [Fact]
    public void Quad_class_sets_are_exactly_their_QuadClass()
    {
        foreach (var set in Codebook.Sets.Values.Where(s => s.QuadClass is not null))
        {
            var members = Codebook.Events.Values.Where(e => set.Matches(e.Code)).Select(e => e.Code).Order(StringComparer.Ordinal);
            var ofQuad = Codebook.Events.Values.Where(e => e.QuadClass == set.QuadClass).Select(e => e.Code).Order(StringComparer.Ordinal);
            Assert.Equal(ofQuad, members);
        }
    }

    [Fact]
    public void Military_sets_name_only_military_codes_and_miss_none_of_the_cooperative_ones()
    {
        var set = Codebook.Sets["military-cooperation"];
        var labels = Codebook.Events.Values.Where(e => set.Matches(e.Code)).ToList();

        Assert.All(labels, e => Assert.Contains("milit", e.Label, StringComparison.OrdinalIgnoreCase));
        Assert.All(labels, e => Assert.True(e.QuadClass is QuadClass.VerbalCooperation or QuadClass.MaterialCooperation, e.Code));
        // Every cooperative code about military cooperation, aid or protection is in the set (de-escalation is not cooperation between the two).
        var expected = Codebook.Events.Values.Where(e => e.QuadClass is QuadClass.VerbalCooperation or QuadClass.MaterialCooperation
            && e.Label.Contains("milit", StringComparison.OrdinalIgnoreCase) && !e.Label.Contains("escalat", StringComparison.OrdinalIgnoreCase)
            && !e.Label.Contains("blockade", StringComparison.OrdinalIgnoreCase) && !e.Label.Contains("Retreat", StringComparison.Ordinal));
        Assert.Equal(expected.Select(e => e.Code).Order(StringComparer.Ordinal), labels.Select(e => e.Code).Order(StringComparer.Ordinal));
        Assert.All(Codebook.Events.Values.Where(e => Codebook.Sets["military-conflict"].Matches(e.Code)), e => Assert.Equal(QuadClass.MaterialConflict, e.QuadClass));
    }

    [Fact]
    public void A_filter_mixes_set_names_and_codes_and_drops_codes_a_root_covers()
    {
        var filter = Codebook.ResolveFilter("military-cooperation, 06,0874");

        Assert.True(filter.IsResolved);
        Assert.Equal(["0212", "0232", "0234", "0312", "0332", "0334", "06", "072", "074", "0874"], filter.Codes);
        Assert.Equal("0999", Codebook.ResolveFilter("consult,0999").Unknown);
    }

    [Fact]
    public void Actor_codes_carry_roles_and_countries()
    {
        Assert.Equal("Military", Codebook.Actor(CameoActorKind.Type, "MIL")?.Label);
        Assert.Equal("Government", Codebook.Actor(CameoActorKind.Type, "GOV")?.Label);
        Assert.Equal("Russia", Codebook.Actor(CameoActorKind.Country, "RUS")?.Label);
    }

    [Theory]
    [InlineData("RUS", "RUS")]
    [InlineData("CHN", "CHN")]
    [InlineData("USA", "USA")]
    [InlineData("AFR", null)]
    [InlineData("", null)]
    public void CAMEO_country_codes_map_to_registry_ids(string code, string? id) =>
        Assert.Equal(id, CameoActorMap.Shipped.FromCountryCode(code));

    [Theory]
    [InlineData("Russian Federation", "RUS")]
    [InlineData("China", "CHN")]
    [InlineData("Vietnam", "VNM")]
    [InlineData("NA", null)]
    public void ICEWS_country_names_map_to_registry_ids(string name, string? id) =>
        Assert.Equal(id, CameoActorMap.Shipped.FromCountryName(name));
}
