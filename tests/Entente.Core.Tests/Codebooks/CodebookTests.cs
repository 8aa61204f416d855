using Entente.Codebooks;

namespace Entente.Core.Tests.Codebooks;

public sealed class CodebookTests
{
    private static readonly CodebookSet Codebooks = CodebookSet.Shipped;

    [Fact]
    public void Every_type_the_issue_names_is_in_the_codebook()
    {
        string[] required =
        [
            "arms-deal.order", "arms-deal.delivery", "technology-transfer", "joint-programme", "exercise", "patrol", "deployment",
            "military-exchange", "agreement", "statement", "diplomatic-action", "incident.espionage", "incident.copying",
            "incident.airspace-violation", "third-country-transfer", "security-presence", "investment", "claim", "forecast", "judgement",
        ];

        Assert.All(required, t => Assert.True(Codebooks.Types.ContainsKey(t), t));
    }

    [Fact]
    public void Subtypes_name_an_existing_parent_and_parents_match_their_subtypes()
    {
        Assert.All(Codebooks.Types.Values.Where(t => t.Parent is not null), t => Assert.Contains(t.Parent!, Codebooks.Types.Keys));
        Assert.Equal(["incident", "incident.airspace-violation", "incident.copying", "incident.espionage"], Codebooks.TypesMatching("incident").Order());
    }

    [Fact]
    public void CAMEO_mappings_are_two_digit_root_codes()
    {
        Assert.All(Codebooks.Types.Values.SelectMany(t => t.CameoRoots), code =>
            Assert.True(code.Length == 2 && int.Parse(code) is >= 1 and <= 20, $"'{code}' is not a CAMEO root code 01–20"));
    }

    [Fact]
    public void Estimative_scales_run_upward_without_overlap_inside_ICD_203()
    {
        var icd = Codebooks.Terms.Where(t => t.Scale == "icd203").ToList();

        Assert.Equal(7, icd.Count);
        Assert.All(icd.Zip(icd.Skip(1)), pair => Assert.True(pair.First.Max <= pair.Second.Min));
        Assert.Equal((0.55, 0.80), (Codebooks.Term("icd203", "likely")!.Min, Codebooks.Term("icd203", "likely")!.Max));
        Assert.Equal(7, Codebooks.Terms.Count(t => t.Scale == "phia"));
    }

    [Fact]
    public void Every_claim_metric_names_known_roles_and_units()
    {
        var units = Codebooks.Measures.Values.SelectMany(m => m.Units).Append("rank").ToHashSet();

        Assert.All(Codebooks.Metrics.Values, m =>
        {
            Assert.All(m.Roles, r => Assert.Contains(r, Codebooks.Roles.Keys));
            Assert.All(m.Units, u => Assert.Contains(u, units));
        });
    }

    [Fact]
    public void Source_kinds_grade_official_documents_above_blogs()
    {
        var official = Codebooks.SourceKinds["official"].TypicalGrade;
        var blog = Codebooks.SourceKinds["blog"].TypicalGrade;

        Assert.True(official.Reliability < blog.Reliability && official.Credibility < blog.Credibility);
        Assert.All(Codebooks.SourceKinds.Values, k => Assert.False(string.IsNullOrWhiteSpace(k.TypicalGrade.Rationale)));
    }

    [Fact]
    public void Money_takes_any_ISO_currency_and_a_count_does_not()
    {
        Assert.True(Codebooks.Measures["money"].Accepts("USD"));
        Assert.True(Codebooks.Measures["money"].Accepts("RUB"));
        Assert.False(Codebooks.Measures["money"].Accepts("dollars"));
        Assert.False(Codebooks.Measures["personnel"].Accepts("USD"));
    }
}
