using System.Text.RegularExpressions;
using Entente.Evidence;
using Entente.Import.Bundle;
using Entente.Testing;

namespace Entente.Import.Tests.Flagship;

/// <summary>
/// The shipped Russia–China case against the paper it encodes (Gupta &amp; Muzyka, ICDS, November 2020):
/// footnotes covered, numbers as the paper gives them, forecasts and grades in place, no copied sentences.
/// </summary>
public sealed partial class FlagshipCaseTests
{
    private static readonly BundleReadResult Case = BundleValidator.Shipped.ReadAndValidate(Repository.FlagshipCase);

    private static EvidenceItem Item(string id) => Case.Bundle.Items.Single(i => i.Id == id);

    /// <summary>Footnotes that carry only the authors' commentary, with the reason; none so far — every footnote is cited.</summary>
    private static readonly IReadOnlyDictionary<int, string> CommentaryOnly = new Dictionary<int, string>();

    [Fact]
    public void The_case_validates()
    {
        Assert.Empty(Case.Diagnostics);
        Assert.True(Case.Bundle.Items.Count >= 200, $"only {Case.Bundle.Items.Count} items");
    }

    [Fact]
    public void Every_footnote_from_1_to_85_is_cited_by_an_item_or_marked_commentary_only()
    {
        var sources = Case.Bundle.Sources.ToDictionary(s => s.Id);
        var cited = Case.Bundle.Items.SelectMany(i => i.Sources).Select(c =>
            c.Source == "icds-2020-convenience" ? c.Footnote : sources[c.Source].CitedIn?.Footnote).OfType<int>().ToHashSet();

        var uncovered = Enumerable.Range(1, 85).Where(n => !cited.Contains(n) && !CommentaryOnly.ContainsKey(n)).ToList();

        Assert.True(uncovered.Count == 0, $"footnotes neither cited nor marked commentary-only: {string.Join(", ", uncovered)}");
        Assert.All(CommentaryOnly.Values, reason => Assert.False(string.IsNullOrWhiteSpace(reason)));
    }

    [Fact]
    public void Every_footnote_source_points_back_to_the_paper()
    {
        var footnoted = Case.Bundle.Sources.Where(s => s.Id.StartsWith("fn-", StringComparison.Ordinal)).ToList();

        Assert.True(footnoted.Count >= 77);
        Assert.All(footnoted, s =>
        {
            Assert.Equal("icds-2020-convenience", s.CitedIn?.Source);
            Assert.Equal(int.Parse(FootnoteNumber().Match(s.Id).Groups[1].Value), s.CitedIn!.Footnote);
        });
    }

    // The values below are written from the paper's text, not from the bundle.
    [Theory]
    [InlineData("s3-sipri-rus-chn-tiv-2019", "tiv-delivered", 688, Bound.Approximate)]          // "approximately $688 million" (SIPRI TIV)
    [InlineData("s3-sipri-fra-chn-tiv-2019", "tiv-delivered", 92, Bound.Exact)]                 // "a distant $92 million"
    [InlineData("s3-sipri-chn-share-rus-exports-2005", "share-of-supplier-exports", 60, Bound.Lower)]  // "over 60% in 2005"
    [InlineData("s3-sipri-chn-share-rus-exports-2019", "share-of-supplier-exports", 14.5, Bound.Exact)] // "to only 14.5%"
    [InlineData("s8-rus-share-vnm-imports-2005-2019", "share-of-recipient-imports", 83, Bound.Lower)]   // "over 83% ... between 2005 and 2019"
    [InlineData("s8-rus-tiv-vnm-2019", "tiv-delivered", 138, Bound.Exact)]                      // "$138 million"
    [InlineData("s8-blr-tiv-vnm-2019", "tiv-delivered", 23, Bound.Exact)]                       // "$23 million"
    [InlineData("s4-vostok-2018-claim-chn-personnel", "exercise-personnel", 3200, Bound.Exact)]   // "3 200 troops"
    [InlineData("s4-vostok-2018-claim-chn-equipment", "exercise-equipment", 900, Bound.Exact)]    // "900 pieces of equipment"
    [InlineData("s4-vostok-2018-claim-official-total", "exercise-personnel", 300000, Bound.Approximate)] // "around 300 000 personnel"
    [InlineData("s4-vostok-2018-claim-chn-share-ng", "share-of-forces", 10, Bound.Exact)]       // Nezavisimaya Gazeta: "10% of the total"
    [InlineData("s4-vostok-2018-claim-implied-total", "exercise-personnel", 32000, Bound.Approximate)] // "around 32 000 personnel"
    [InlineData("s4-tsentr-2019-claim-chn-personnel", "exercise-personnel", 1600, Bound.Exact)]  // "1 600 Chinese troops"
    [InlineData("s4-tsentr-2019-claim-chn-equipment", "exercise-equipment", 300, Bound.Exact)]   // "300 pieces of equipment"
    [InlineData("s4-tsentr-2019-claim-chn-aircraft", "exercise-aircraft", 30, Bound.Exact)]      // "30 fixed-wing aircraft"
    [InlineData("s3-su35-count-claim-2015", "count", 24, Bound.Exact)]                          // "contracting to receive 24"
    [InlineData("s3-rh-order-total-claim-2019", "count", 121, Bound.Exact)]                     // "121 rotary aircraft"
    [InlineData("s3-early-warning-software-contract-value-claim", "contract-value", 60000000, Bound.Exact)] // "$60 million"
    public void Each_claim_carries_the_number_the_paper_gives(string id, string metric, double value, Bound bound)
    {
        var claim = Item(id).Claim!;

        Assert.Equal(metric, claim.Metric);
        Assert.Equal((decimal)value, claim.Value);
        Assert.Equal(bound, claim.Bound);
    }

    [Fact]
    public void SIPRI_based_claims_name_the_2020_release_and_TIV()
    {
        var sipri = Case.Bundle.Items.Where(i => i.Claim?.Dataset?.Contains("SIPRI", StringComparison.Ordinal) ?? false).ToList();

        Assert.True(sipri.Count >= 10);
        Assert.All(sipri, i =>
        {
            Assert.Equal("SIPRI Arms Transfers Database", i.Claim!.Dataset);
            Assert.Equal("2020", i.Claim.Release);
            Assert.NotNull(i.Claim.Period);
        });
        Assert.All(sipri.Where(i => i.Claim!.Metric == "tiv-delivered"), i => Assert.Equal("tiv-million", i.Claim!.Unit));
    }

    [Theory]
    [InlineData("s4-vostok-2018", "personnel", 3200)]
    [InlineData("s4-vostok-2018", "equipment", 900)]
    [InlineData("s4-tsentr-2019", "aircraft", 30)]
    [InlineData("s3-su35-order-2015", "units-ordered", 24)]
    [InlineData("s3-russian-helicopters-order-2019", "units-ordered", 121)]
    public void Event_items_carry_the_papers_quantities(string id, string measure, double value)
    {
        Assert.Contains(Item(id).Quantities, q => q.Measure == measure && q.Value == (decimal)value);
    }

    [Theory]
    [InlineData("s4-forecast-zapad-2021-pla-contingent", "2021")]
    [InlineData("s3-ahl-delivery-2032-forecast", "2032")]
    [InlineData("s5-forecast-chn-more-hardware-central-asia", null)]
    [InlineData("s5-judgement-blr-overtures-china-on-hold", null)]
    [InlineData("s8-no-formal-alliance", null)]
    public void The_papers_forward_looking_statements_are_open_forecasts_with_criteria(string id, string? dueYear)
    {
        var forecast = Item(id).Forecast!;

        Assert.Equal("icd203", forecast.Scale);
        Assert.NotNull(forecast.Term);
        Assert.False(string.IsNullOrWhiteSpace(forecast.ResolutionCriteria));
        Assert.NotNull(forecast.Due);
        Assert.Null(forecast.Resolution);
        if (dueYear is not null)
        {
            Assert.Equal(int.Parse(dueYear), forecast.Due!.Value.Year);
        }
    }

    [Fact]
    public void Interpretations_are_annotations_apart_from_what_sources_state()
    {
        var vostok = Item("s4-vostok-2018");

        Assert.NotEmpty(vostok.Annotations);
        Assert.Contains(Case.Bundle.Items.SelectMany(i => i.Annotations), a => a.Author.Contains("Gupta", StringComparison.Ordinal));
    }

    [Fact]
    public void Sources_are_graded_and_the_grades_differ_where_the_sources_do()
    {
        var grades = Case.Bundle.Sources.Select(s => s.Grade).ToList();

        Assert.All(grades, g => Assert.NotNull(g));
        Assert.True(grades.Select(g => g!.Code).Distinct().Count() >= 5);
        var dataset = Case.Bundle.Sources.Where(s => s.Kind == "dataset").Select(s => s.Grade!).ToList();
        var blogs = Case.Bundle.Sources.Where(s => s.Kind == "blog").Select(s => s.Grade!).ToList();
        Assert.All(dataset, d => Assert.All(blogs, b => Assert.True(d.Reliability < b.Reliability)));
        Assert.All(Case.Bundle.Sources, s => Assert.False(string.IsNullOrWhiteSpace(s.Grade!.Rationale)));
    }

    [Fact]
    public void Every_section_of_the_paper_has_evidence_under_its_theme()
    {
        string[] themes = ["rationale", "military-relations", "defence-trade", "procurement-rd", "exercises", "competition", "arctic", "espionage", "alliance", "conclusions"];

        Assert.All(themes, t => Assert.True(Case.Bundle.Items.Count(i => i.Themes.Contains(t)) >= 3, $"theme {t} has under 3 items"));
    }

    [Fact]
    public void No_summary_copies_a_run_of_ten_words_from_the_paper()
    {
        var paper = Words(File.ReadAllText(Path.Combine(Repository.Root, "..", "shared", "seed", "relationship-of-convenience.md")));
        var shingles = Enumerable.Range(0, Math.Max(0, paper.Count - 9)).Select(i => string.Join(' ', paper.Skip(i).Take(10))).ToHashSet();

        var copied = Case.Bundle.Items.Where(i =>
        {
            var words = Words(i.Summary);
            return Enumerable.Range(0, Math.Max(0, words.Count - 9)).Any(k => shingles.Contains(string.Join(' ', words.Skip(k).Take(10))));
        }).Select(i => i.Id).ToList();

        Assert.True(copied.Count == 0, $"summaries sharing ten consecutive words with the paper: {string.Join(", ", copied)}");
    }

    private static List<string> Words(string text) => [.. WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value)];

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^fn-(\d+)[a-z]?$")]
    private static partial Regex FootnoteNumber();
}
