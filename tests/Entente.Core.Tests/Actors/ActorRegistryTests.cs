using Entente.Actors;

namespace Entente.Core.Tests.Actors;

public sealed class ActorRegistryTests
{
    private static readonly ActorRegistry Registry = ActorRegistry.Shipped;

    [Theory]
    [InlineData("RUS", "RUS", "id")]
    [InlineData("rus", "RUS", "id")]
    [InlineData("Russia", "RUS", "")]
    [InlineData("russian federation", "RUS", "name")]
    [InlineData("fips:RS", "RUS", "code (Fips)")]
    [InlineData("cow:710", "CHN", "code (CowNumber)")]
    [InlineData("isonum:710", "ZAF", "code (IsoNumeric)")]
    [InlineData("Viet Nam", "VNM", "")]
    [InlineData("Vietnam", "VNM", "name")]
    [InlineData("Cote d'Ivoire", "CIV", "")]
    [InlineData("Shanghai Cooperation Organisation", "sco", "name")]
    public void Any_id_code_name_or_alias_resolves_case_and_accent_insensitively(string input, string expected, string matchedBy)
    {
        var resolution = Registry.Resolve(input);

        Assert.True(resolution.IsResolved, resolution.Describe());
        Assert.Equal(expected, resolution.Actor!.Id);
        Assert.StartsWith(matchedBy, resolution.MatchedBy, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_shared_across_periods_resolves_by_year()
    {
        Assert.Equal("SUN", Registry.Resolve("365", 1985).Actor?.Id);
        Assert.Equal("RUS", Registry.Resolve("365", 2019).Actor?.Id);
    }

    [Theory]
    [InlineData("CH", "CHN", "CHE")]
    [InlineData("RS", "RUS", "SRB")]
    [InlineData("710", "CHN", "ZAF")]
    [InlineData("PAP", "peoples-armed-police", "PST")]
    public void An_ambiguous_code_lists_its_candidates_instead_of_guessing(string input, string one, string other)
    {
        var resolution = Registry.Resolve(input);

        Assert.False(resolution.IsResolved);
        Assert.True(resolution.IsAmbiguous);
        Assert.Contains(resolution.Candidates, a => a.Id == one);
        Assert.Contains(resolution.Candidates, a => a.Id == other);
        Assert.Contains("ambiguous", resolution.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_name_suggests_close_names()
    {
        var resolution = Registry.Resolve("Kazakh");

        Assert.False(resolution.IsResolved);
        Assert.Contains(resolution.Candidates, a => a.Id == "KAZ");
    }

    [Fact]
    public void Adding_an_actor_twice_is_refused()
    {
        var extra = new Actor { Id = "rus", Kind = ActorKind.Person, Name = "Clash" };

        Assert.Throws<ArgumentException>(() => Registry.With([extra]));
    }
}
