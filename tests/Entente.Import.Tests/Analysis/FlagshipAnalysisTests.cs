using System.Text.RegularExpressions;
using Entente.Ach;
using Entente.Import.Analysis;
using Entente.Import.Bundle;
using Entente.Testing;
using Entente.Warnings;

namespace Entente.Import.Tests.Analysis;

/// <summary>The flagship's ACH matrix and the shipped watch rules, read from the repository and checked against the case's evidence.</summary>
public sealed partial class FlagshipAnalysisTests
{
    private static readonly BundleReadResult Case = BundleValidator.Shipped.ReadAndValidate(Repository.FlagshipCase);
    private static readonly AnalysisReadResult Analysis = AnalysisYamlReader.ReadBundle(Repository.FlagshipCase);
    private static readonly AnalysisReadResult Rules = AnalysisYamlReader.ReadRules(Directory.GetFiles(Repository.File("data", "rules"), "*.yaml"));

    [Fact]
    public void The_flagship_matrix_has_the_four_hypotheses_and_every_cell_rated_and_justified()
    {
        Assert.Empty(Analysis.Diagnostics);
        var sheet = Assert.Single(Analysis.Sheets);
        Assert.Equal(["formal-alliance", "entente", "convenience", "latent-rivalry"], sheet.Hypotheses.Select(h => h.Id));
        Assert.Equal(sheet.Rows.Count * 4, sheet.Cells.Count);
        Assert.All(sheet.Cells, c => Assert.True(c.Why.Length > 20, $"{c.Item}/{c.Hypothesis}: '{c.Why}'"));
        var items = Case.Bundle.Items.Select(i => i.Id).ToHashSet();
        Assert.All(sheet.Rows, r => Assert.Contains(r.Item, items));
    }

    [Fact]
    public void No_justification_copies_a_run_of_ten_words_from_the_paper()
    {
        var path = Path.Combine(Repository.Root, "..", "shared", "seed", "relationship-of-convenience.md");
        Assert.SkipUnless(File.Exists(path), $"the paper is not at {path}");
        var paper = Words(File.ReadAllText(path));
        var shingles = Enumerable.Range(0, Math.Max(0, paper.Count - 9)).Select(i => string.Join(' ', paper.Skip(i).Take(10))).ToHashSet();

        var copied = Analysis.Sheets[0].Cells.Where(c =>
        {
            var words = Words(c.Why);
            return Enumerable.Range(0, Math.Max(0, words.Count - 9)).Any(k => shingles.Contains(string.Join(' ', words.Skip(k).Take(10))));
        }).Select(c => $"{c.Item}/{c.Hypothesis}").ToList();

        Assert.True(copied.Count == 0, $"justifications sharing ten words with the paper: {string.Join(", ", copied)}");
    }

    [Fact]
    public void The_flagship_matrix_favours_a_relationship_of_convenience()
    {
        var sheet = Analysis.Sheets[0];
        var matrix = new AchMatrix
        {
            Case = sheet.Case,
            Hypotheses = sheet.Hypotheses,
            Rows = [.. sheet.Rows.Select(r => new AchRow { Item = r.Item, Relevance = r.Relevance })],
            Cells = sheet.Cells,
        };

        Assert.Equal("convenience", AchScorer.Score(matrix).Leader.Hypothesis);
    }

    [Fact]
    public void The_shipped_rules_read_without_problems()
    {
        Assert.Empty(Rules.Diagnostics);
        Assert.Superset(new HashSet<string> { "two-theatres-30-days", "pla-in-russian-strategic-exercise", "new-major-arms-deal", "espionage-case", "military-cooperation-spike", "first-joint-patrol-new-area" },
            Rules.Rules.Select(r => r.Id).ToHashSet());
    }

    [Fact]
    public void The_two_theatre_rule_fires_on_the_late_2019_naval_exercises_off_Cape_Town_and_in_the_Gulf_of_Oman()
    {
        var findings = Evaluate("two-theatres-30-days").Findings;

        Assert.Contains(findings, f => f.Refs.SequenceEqual(["s4-mosi-2019-south-africa", "s4-marine-security-belt-2019-iran"]));
        Assert.DoesNotContain(findings, f => f.Refs.Contains("s4-joint-sea-2019-yellow-sea"));
    }

    [Fact]
    public void The_other_shipped_evidence_rules_find_what_the_paper_reports()
    {
        Assert.Equal(["s4-vostok-2018", "s4-tsentr-2019", "s4-kavkaz-2020"], Evaluate("pla-in-russian-strategic-exercise").Findings.SelectMany(f => f.Refs));
        Assert.Contains("s3-su35-order-2015", Evaluate("new-major-arms-deal").Findings.SelectMany(f => f.Refs));
        Assert.Contains("s7-mitko-submarine-case-2020", Evaluate("espionage-case").Findings.SelectMany(f => f.Refs));
        Assert.Equal(["s4-joint-air-patrol-2019"], Evaluate("first-joint-patrol-new-area").Findings.SelectMany(f => f.Refs));
    }

    private static RuleEvaluation Evaluate(string id)
    {
        var rule = Rules.Rules.Single(r => r.Id == id);
        return RuleEvaluator.Evaluate(rule, EvidenceMatcher.Observe(rule, Case.Bundle.Items), new DateOnly(2020, 11, 30));
    }

    private static List<string> Words(string text) => [.. WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value)];

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
