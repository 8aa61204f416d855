using Entente.ArmsTrade;
using Entente.Evidence;
using Entente.Reports.Lint;
using Entente.Reports.Lint.Rules;

namespace Entente.Reports.Tests.Lint;

/// <summary>One fixture per rule: the rule fires on the items written to break it, and only on those.</summary>
public sealed class LintRuleTests
{
    private static IReadOnlyList<string> Subjects(ILintRule rule, LintCase subject) =>
        [.. LintFixture.Run(rule, subject).Select(f => f.Subject).Distinct()];

    [Fact]
    public void An_item_without_a_source_or_citing_a_missing_one_is_unsourced()
    {
        var findings = LintFixture.Run(new UnsourcedStatementRule(), LintFixture.Read("unsourced-statement"));
        Assert.Equal(["bare", "dangling"], findings.Select(f => f.Subject));
        Assert.Equal("An unsourced statement.", findings[0].Excerpt);
        Assert.EndsWith($"unsourced-statement.yaml:{LintFixture.LineOf("unsourced-statement", "An unsourced statement")}:14", findings[0].Location);
    }

    [Fact]
    public void A_forecast_on_another_scale_than_the_rest_of_the_case_is_flagged() =>
        Assert.Equal(["phia-1"], Subjects(new MixedScalesRule(), LintFixture.Read("mixed-scales")));

    [Fact]
    public void A_statement_fusing_likelihood_and_confidence_is_flagged_with_its_sentence()
    {
        var findings = LintFixture.Run(new LikelihoodWithConfidenceRule(), LintFixture.Read("likelihood-with-confidence"));
        var finding = Assert.Single(findings);
        Assert.Equal("fused", finding.Subject);
        Assert.Equal("We judge with high confidence that renewal is very likely.", finding.Excerpt);
    }

    [Fact]
    public void The_same_wording_mapped_to_two_terms_flags_the_odd_one_out()
    {
        var findings = LintFixture.Run(new UnevenMappingRule(), LintFixture.Read("uneven-mapping"));
        var finding = Assert.Single(findings);
        Assert.Equal("will-3", finding.Subject);
        Assert.Contains("'will' to very likely", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_forecast_without_confidence_and_a_judgement_without_either_are_flagged() =>
        Assert.Equal(["unstated", "bare-judgement"], Subjects(new MissingConfidenceRule(), LintFixture.Read("missing-confidence")));

    [Fact]
    public void A_SIPRI_figure_from_an_older_release_or_from_no_release_is_flagged()
    {
        var subject = LintFixture.Read("older-release") with { Releases = [Release("2024-03-11")] };
        Assert.Equal(["old", "unnamed"], Subjects(new OlderReleaseRule(), subject));
    }

    [Fact]
    public void Without_an_imported_release_only_the_figure_naming_no_release_is_flagged() =>
        Assert.Equal(["unnamed"], Subjects(new OlderReleaseRule(), LintFixture.Read("older-release")));

    [Fact]
    public void A_claim_the_data_recompute_to_another_value_is_flagged_with_both_figures()
    {
        var subject = LintFixture.Read("contradicted-claim") with
        {
            ClaimChecks =
            [
                new ClaimCheck("holds", "tiv-delivered", "RUS", "CHN", "2019", 688, Bound.Exact, "2024-03-11", 688, ClaimVerdict.Holds),
                new ClaimCheck("differs", "tiv-delivered", "RUS", "CHN", "2018", 100, Bound.Exact, "2024-03-11", 137.5m, ClaimVerdict.Differs),
            ],
        };
        var finding = Assert.Single(LintFixture.Run(new ContradictedClaimRule(), subject));
        Assert.Equal("differs", finding.Subject);
        Assert.Contains("gives 137.5", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_open_forecast_past_its_due_date_is_flagged() =>
        Assert.Equal(["open-past-due"], Subjects(new PastDueForecastRule(), LintFixture.Read("past-due-forecast")));

    [Fact]
    public void An_outlet_given_another_reliability_without_a_reason_is_flagged_at_the_grade()
    {
        var findings = LintFixture.Run(new OutletGradingDriftRule(), LintFixture.Read("outlet-grading-drift"));
        var finding = Assert.Single(findings);
        Assert.Equal("tass-4", finding.Subject);
        Assert.Contains($":{LintFixture.LineOf("outlet-grading-drift", "id: tass-4")}:", finding.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void A_judgement_resting_only_on_sources_below_B2_is_flagged() =>
        Assert.Equal(["unsupported", "downgraded"], Subjects(new WeakSupportRule(), LintFixture.Read("weak-support")));

    [Fact]
    public void One_number_entered_as_a_count_and_again_as_equipment_is_flagged() =>
        Assert.Equal(["order"], Subjects(new DuplicateQuantityRule(), LintFixture.Read("duplicate-quantity")));

    [Fact]
    public void A_fact_from_outside_the_paper_needs_a_source_of_its_own()
    {
        var finding = Assert.Single(LintFixture.Run(new OutsideFactRule(), LintFixture.Read("outside-fact")));
        Assert.Equal("without", finding.Subject);
        Assert.Equal("The name is identified by the Entente project.", finding.Excerpt);
    }

    [Fact]
    public void Every_shipped_rule_has_a_fixture_of_its_own() =>
        Assert.All(Linter.ShippedRules, r => Assert.True(File.Exists(LintFixture.PathOf(r.Id)), $"no fixture for {r.Id}"));

    private static SipriRelease Release(string id) =>
        new(id, DateTimeOffset.Parse(id, System.Globalization.CultureInfo.InvariantCulture), SipriLayout.DeliveryRegister, "trade-register.csv", "00");
}
