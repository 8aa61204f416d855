using Entente.Actors;

namespace Entente.Core.Tests.Actors;

public sealed class ActorCodebookTests
{
    private static readonly IReadOnlyList<Actor> Actors = ActorCodebook.Actors;

    [Fact]
    public void Exactly_the_193_UN_member_states_carry_an_admission_year()
    {
        var members = Actors.Where(a => a.UnMemberSince is not null).ToList();

        Assert.Equal(193, members.Count);
        Assert.All(members, m => Assert.Equal(ActorKind.State, m.Kind));
        Assert.All(members, m => Assert.NotNull(m.Code(CodeScheme.Iso3)));
        Assert.DoesNotContain(members, m => m.Id is "PSE" or "VAT" or "TWN");
    }

    [Fact]
    public void Ids_are_unique_and_parents_exist()
    {
        var ids = Actors.Select(a => a.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(Actors.Where(a => a.Parent is not null), a => Assert.Contains(a.Parent!, ids));
    }

    [Theory]
    [InlineData("RUS", "365", "RUS", "RS", "Russia")]
    [InlineData("CHN", "710", "CHN", "CH", "China")]
    [InlineData("USA", "2", "USA", "US", "United States")]
    [InlineData("IND", "750", "IND", "IN", "India")]
    [InlineData("VNM", "816", "VNM", "VM", "Viet Nam")]
    [InlineData("BLR", "370", "BLR", "BO", "Belarus")]
    [InlineData("KAZ", "705", "KAZ", "KZ", "Kazakhstan")]
    [InlineData("KGZ", "703", "KGZ", "KG", "Kyrgyzstan")]
    [InlineData("TJK", "702", "TJK", "TI", "Tajikistan")]
    [InlineData("TKM", "701", "TKM", "TX", "Turkmenistan")]
    [InlineData("UZB", "704", "UZB", "UZ", "Uzbekistan")]
    public void The_crosswalk_gives_the_codes_analysts_expect(string id, string cow, string cameo, string fips, string sipri)
    {
        var actor = Actors.Single(a => a.Id == id);

        Assert.Equal(cow, actor.Code(CodeScheme.CowNumber, 2020));
        Assert.Equal(cameo, actor.Code(CodeScheme.Cameo));
        Assert.Equal(fips, actor.Code(CodeScheme.Fips));
        Assert.Equal(sipri, actor.Code(CodeScheme.Sipri));
    }

    [Fact]
    public void The_Soviet_Union_holds_COW_365_until_1991_and_Russia_after()
    {
        var sun = Actors.Single(a => a.Id == "SUN");
        var rus = Actors.Single(a => a.Id == "RUS");

        Assert.Equal("365", sun.Code(CodeScheme.CowNumber, 1985));
        Assert.Null(sun.Code(CodeScheme.CowNumber, 1995));
        Assert.Equal("365", rus.Code(CodeScheme.CowNumber, 1995));
        Assert.Null(rus.Code(CodeScheme.CowNumber, 1985));
        Assert.Equal(1991, sun.ValidTo?.Year);
        Assert.Equal("Soviet Union", sun.Code(CodeScheme.Sipri));
    }

    [Fact]
    public void Gleditsch_Ward_differs_from_COW_where_it_should()
    {
        var germany = Actors.Single(a => a.Id == "DEU");

        Assert.Equal("255", germany.Code(CodeScheme.CowNumber, 2020));
        Assert.Equal("260", germany.Code(CodeScheme.GleditschWard, 2020));
    }

    [Fact]
    public void FIPS_CH_is_China_while_ISO_CH_is_Switzerland()
    {
        Assert.Equal("CH", Actors.Single(a => a.Id == "CHN").Code(CodeScheme.Fips));
        Assert.Equal("CH", Actors.Single(a => a.Id == "CHE").Code(CodeScheme.Iso2));
    }

    [Fact]
    public void Every_organisation_service_and_company_of_the_seed_analysis_is_registered()
    {
        string[] seed =
        [
            "sco", "csto", "nato", "qccm", "eaeu", "unsc", "pla", "pla-navy", "pla-air-force", "pla-rocket-force", "peoples-armed-police",
            "russian-armed-forces", "russian-navy", "russian-aerospace-forces", "fsb", "rosoboronexport", "rostec", "russian-helicopters",
            "avic", "comac", "united-aircraft-corporation", "roscosmos", "cnsa", "rubin", "vympel", "icds",
        ];

        Assert.All(seed, id => Assert.Contains(id, Actors.Select(a => a.Id)));
    }
}
