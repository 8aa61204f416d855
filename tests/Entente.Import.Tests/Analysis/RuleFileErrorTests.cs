using Entente.Import.Analysis;
using Entente.Testing;

namespace Entente.Import.Tests.Analysis;

public sealed class RuleFileErrorTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Problems(string yaml) =>
        string.Join("\n", AnalysisYamlReader.ReadRules([_dir.Write("rules.yaml", yaml)]).Diagnostics.Select(d => d.ToString()));

    [Fact]
    public void A_syntax_error_is_reported_at_its_line_and_column()
    {
        var problems = Problems("rules:\n  - id: a\n    title: [unclosed\n    kind: any\n");

        Assert.Matches(@"rules\.yaml:\d+:\d+: not valid YAML", problems);
    }

    [Fact]
    public void An_unknown_field_is_reported_at_its_line_and_column()
    {
        var problems = Problems("rules:\n  - id: a\n    title: A\n    kind: any\n    windw_days: 30\n");

        Assert.Contains("rules.yaml:5:5: unknown field 'windw_days' in rule", problems, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_kind_term_or_code_set_is_reported_where_it_is_written()
    {
        var problems = Problems("rules:\n  - id: a\n    title: A\n    kind: sometimes\n  - id: b\n    title: B\n    kind: new-term\n    term: colour\n    match: {codes: [not-a-set]}\n");

        Assert.Contains("rules.yaml:4:11: 'sometimes' is not a valid kind", problems, StringComparison.Ordinal);
        Assert.Contains("rules.yaml:8:11: 'colour' is not a term field", problems, StringComparison.Ordinal);
        Assert.Contains("'not-a-set' in match.codes", problems, StringComparison.Ordinal);
    }

    [Fact]
    public void A_minimum_count_below_one_is_refused_so_that_zero_against_zero_cannot_fire()
    {
        var problems = Problems("rules:\n  - id: a\n    title: A\n    kind: spike\n    min_count: 0\n");

        Assert.Contains("rules.yaml:5:16: min_count must be at least 1", problems, StringComparison.Ordinal);
    }

    [Fact]
    public void A_matrix_with_one_hypothesis_or_a_rating_without_justification_is_refused()
    {
        var path = _dir.Write("case/ach.yaml", "ach:\n  case: c\n  hypotheses:\n    - {id: h1, title: only}\n  rows:\n    - item: e1\n      ratings:\n        h1: [I, \"\"]\n        h2: [C, \"x\"]\n");

        var problems = string.Join("\n", AnalysisYamlReader.ReadBundle(path).Diagnostics.Select(d => d.ToString()));

        Assert.Contains("ach.yaml:4:5: the matrix of case 'c' has 1 hypothesis(es)", problems, StringComparison.Ordinal);
        Assert.Contains("ach.yaml:8:13: every rating needs a one-line justification", problems, StringComparison.Ordinal);
        Assert.Contains("ach.yaml:9:9: 'h2' is not a hypothesis of this matrix", problems, StringComparison.Ordinal);
    }
}
