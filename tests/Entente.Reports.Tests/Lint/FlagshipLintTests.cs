using Entente.Import.Bundle;
using Entente.Reports.Lint;
using Entente.Testing;

namespace Entente.Reports.Tests.Lint;

/// <summary>The lint on the shipped Russia–China case: real findings where the case is still open, none where it was mended.</summary>
public sealed class FlagshipLintTests
{
    private static readonly Lazy<IReadOnlyList<LintFinding>> Findings = new(() =>
    {
        var read = BundleReader.Read(Repository.FlagshipCase);
        return Linter.Shipped.Run(new LintCase { Items = read.Bundle.Items, Sources = read.Bundle.Sources, Map = read.Map, Today = new DateOnly(2026, 11, 29) });
    });

    [Fact]
    public void Forecasts_of_the_paper_past_their_due_date_are_reported_at_their_file_and_line()
    {
        var navalny = Assert.Single(Findings.Value, f => f.Rule == "past-due-forecast" && f.Subject == "s1-navalny-estrangement-forecast");
        Assert.Matches(@"s1-s3-rationale-relations-trade\.yaml:\d+:\d+$", navalny.Location!);
        Assert.Contains("was due 2021-12-31", navalny.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Participants_taken_from_public_record_without_a_source_are_reported_with_the_sentence()
    {
        var zapad = Assert.Single(Findings.Value, f => f.Rule == "outside-fact" && f.Subject == "s4-zapad-2017");
        Assert.Contains("public record", zapad.Excerpt, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("outlet-grading-drift")]
    [InlineData("uneven-mapping")]
    [InlineData("missing-confidence")]
    [InlineData("duplicate-quantity")]
    [InlineData("mixed-scales")]
    [InlineData("unsourced-statement")]
    public void The_mended_case_has_no_finding_of_a_rule_it_was_mended_for(string rule) =>
        Assert.DoesNotContain(Findings.Value, f => f.Rule == rule);

    [Fact]
    public void The_cr929_facts_from_outside_the_paper_are_gone() =>
        Assert.DoesNotContain(Findings.Value, f => f.Rule == "outside-fact" && f.Subject is "s3-cr929-widebody-airliner");
}
