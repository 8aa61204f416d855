using Entente.Actors;
using Entente.Cameo;
using Entente.Testing;

namespace Entente.Core.Tests.Cameo;

/// <summary>The shipped CAMEO codebook agrees with the official GDELT lookups in ../shared/data/cameo.</summary>
public sealed class CameoCodebookDataTests
{
    private static readonly CameoCodebook Codebook = CameoCodebook.Shipped;

    [Fact]
    public void Event_codes_and_labels_are_the_official_ones()
    {
        var official = Lookup("mpiccirilli", "CAMEO.eventcodes.txt");

        Assert.Equal(311, official.Count);
        Assert.Equal(official.Keys.Order(StringComparer.Ordinal), Codebook.Events.Keys.Order(StringComparer.Ordinal));
        // The official file carries Mac Roman quotes decoded as "ÒhirdÓ" for 044; the codebook writes them plainly.
        var differing = official.Where(o => o.Key != "044" && o.Value != Codebook.Events[o.Key].Label).Select(o => $"{o.Key}: {o.Value} ≠ {Codebook.Events[o.Key].Label}");
        Assert.Empty(differing);
        Assert.Equal("Meet at a \"third\" location", Codebook.Events["044"].Label);
    }

    [Fact]
    public void Goldstein_values_are_the_official_ones()
    {
        var official = Lookup("mpiccirilli", "CAMEO.goldsteinscale.txt");

        var differing = official.Where(o => double.Parse(o.Value, System.Globalization.CultureInfo.InvariantCulture) != Codebook.Events[o.Key].Goldstein)
            .Select(o => $"{o.Key}: {o.Value} ≠ {Codebook.Events[o.Key].Goldstein}");
        Assert.Empty(differing);
        Assert.Equal(7.4, Codebook.Events["062"].Goldstein);
        Assert.Equal(-10.0, Codebook.Events["20"].Goldstein);
    }

    [Theory]
    [InlineData(CameoActorKind.Country, "joshmorel", "CAMEO.country.txt", "aamend", "cameoCountry.txt")]
    [InlineData(CameoActorKind.Type, "joshmorel", "CAMEO.actortype.txt", "aamend", "cameoType.txt")]
    [InlineData(CameoActorKind.Group, "joshmorel", "CAMEO.knowngroup.txt", "aamend", "cameoGroup.txt")]
    [InlineData(CameoActorKind.Ethnic, "joshmorel", "CAMEO.ethnic.txt", "aamend", "cameoEthnic.txt")]
    [InlineData(CameoActorKind.Religion, "joshmorel", "CAMEO.religion.txt", "aamend", "cameoReligion.txt")]
    public void Actor_codes_are_those_of_the_official_lookups(CameoActorKind kind, string owner, string file, string otherOwner, string otherFile)
    {
        // The two published copies differ slightly (one adds "0 Unknown", one splits a shared code): the codebook is their union.
        var first = Lookup(owner, file);
        var second = Lookup(otherOwner, otherFile);
        var official = first.Keys.Union(second.Keys).Where(c => c != "0").ToHashSet();
        var shipped = Codebook.ActorCodesOf(kind).ToList();

        Assert.Equal(official.Order(StringComparer.Ordinal), shipped.Select(a => a.Code).Order(StringComparer.Ordinal));
        var mislabelled = shipped.Where(a => first.GetValueOrDefault(a.Code) != a.Label && second.GetValueOrDefault(a.Code) != a.Label).Select(a => a.Code);
        Assert.Empty(mislabelled);
    }

    [Fact]
    public void Every_CAMEO_code_in_the_actor_registry_is_an_official_CAMEO_country_code()
    {
        var countries = Codebook.ActorCodesOf(CameoActorKind.Country).Select(c => c.Code).ToHashSet();

        var unknown = ActorRegistry.Shipped.Actors.SelectMany(a => a.CodesIn(CodeScheme.Cameo).Select(c => $"{a.Id}:{c.Value}"))
            .Where(x => !countries.Contains(x[(x.IndexOf(':', StringComparison.Ordinal) + 1)..])).ToList();
        Assert.Empty(unknown);
    }

    private static Dictionary<string, string> Lookup(string owner, string file)
    {
        var path = SharedData.Require("cameo", owner, file);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(path).Skip(1).Where(l => l.Trim().Length > 0))
        {
            var cells = line.Split('\t');
            result.TryAdd(cells[0].Trim(), string.Join(' ', cells[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        }

        return result;
    }
}
