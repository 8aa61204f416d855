using Entente.Warnings;

namespace Entente.Core.Tests.Warnings;

public sealed class RuleEvaluatorTests
{
    private static readonly DateOnly AsOf = new(2021, 1, 1);

    private static WatchRule Rule(RuleKind kind) => new() { Id = "r", Title = "r", Kind = kind };

    private static Observation On(string id, int year, int month, int day, string? term = null, double count = 1) =>
        new(id, new DateOnly(year, month, day), new DateOnly(year, month, day), id) { Term = term, Count = count };

    [Fact]
    public void An_any_rule_fires_once_per_match()
    {
        var evaluation = RuleEvaluator.Evaluate(Rule(RuleKind.Any), [On("a", 2019, 1, 1), On("b", 2020, 1, 1)], AsOf);

        Assert.Equal(["a", "b"], evaluation.Findings.SelectMany(f => f.Refs));
        Assert.False(RuleEvaluator.Evaluate(Rule(RuleKind.Any), [], AsOf).Fired);
    }

    [Fact]
    public void A_frequency_rule_counts_distinct_terms_inside_the_window_only()
    {
        var rule = Rule(RuleKind.Frequency) with { Distinct = true, Count = 2, WindowDays = 30, Term = "theatre" };

        var near = RuleEvaluator.Evaluate(rule, [On("a", 2019, 11, 1, "Cape Town"), On("b", 2019, 11, 20, "Gulf of Oman")], AsOf);
        var far = RuleEvaluator.Evaluate(rule, [On("a", 2019, 11, 1, "Cape Town"), On("b", 2019, 12, 15, "Gulf of Oman")], AsOf);
        var same = RuleEvaluator.Evaluate(rule, [On("a", 2019, 11, 1, "Yellow Sea"), On("b", 2019, 11, 5, "yellow sea")], AsOf);

        Assert.Equal(["a", "b"], Assert.Single(near.Findings).Refs);
        Assert.False(far.Fired);
        Assert.False(same.Fired);
    }

    [Fact]
    public void A_spike_fires_when_a_period_reaches_the_factor_over_the_reference_mean()
    {
        var rule = Rule(RuleKind.Spike) with { ReferencePeriods = 3, Factor = 2, MinCount = 3 };
        Observation[] series = [On("m1", 2020, 1, 1, count: 2), On("m2", 2020, 2, 1, count: 2), On("m3", 2020, 3, 1, count: 2), On("m4", 2020, 4, 1, count: 4), On("m5", 2020, 5, 1, count: 3)];

        var finding = Assert.Single(RuleEvaluator.Evaluate(rule, series, AsOf).Findings);

        Assert.Equal((new DateOnly(2020, 4, 1), 4.0, 2.0), (finding.On, finding.Current!.Value, finding.Reference!.Value));
    }

    [Fact]
    public void A_drop_fires_when_a_period_falls_to_a_fraction_of_the_reference_mean()
    {
        var rule = Rule(RuleKind.Drop) with { ReferencePeriods = 2, Factor = 4, MinCount = 3 };
        Observation[] series = [On("m1", 2020, 1, 1, count: 8), On("m2", 2020, 2, 1, count: 8), On("m3", 2020, 3, 1, count: 2)];

        var finding = Assert.Single(RuleEvaluator.Evaluate(rule, series, AsOf).Findings);

        Assert.Equal(new DateOnly(2020, 3, 1), finding.On);
    }

    [Fact]
    public void Zero_against_zero_never_fires_a_spike_or_a_drop()
    {
        Observation[] quiet = [On("m1", 2020, 1, 1, count: 0), On("m2", 2020, 2, 1, count: 0), On("m3", 2020, 3, 1, count: 0), On("m4", 2020, 4, 1, count: 0)];

        foreach (var kind in new[] { RuleKind.Spike, RuleKind.Drop })
        {
            var rule = Rule(kind) with { ReferencePeriods = 2, Factor = 2, MinCount = 1 };
            Assert.False(RuleEvaluator.Evaluate(rule, quiet, AsOf).Fired);
        }
    }

    [Fact]
    public void One_against_zero_stays_quiet_below_the_minimum_count()
    {
        var rule = Rule(RuleKind.Spike) with { ReferencePeriods = 2, Factor = 2, MinCount = 3 };
        Observation[] series = [On("m1", 2020, 1, 1, count: 0), On("m4", 2020, 4, 1, count: 1)];

        Assert.False(RuleEvaluator.Evaluate(rule, series, AsOf).Fired);
        Assert.True(RuleEvaluator.Evaluate(rule with { MinCount = 1 }, series, AsOf).Fired);
    }

    [Fact]
    public void A_flatline_fires_on_each_silence_longer_than_the_window_including_the_current_one()
    {
        var rule = Rule(RuleKind.Flatline) with { WindowDays = 90 };

        var evaluation = RuleEvaluator.Evaluate(rule, [On("a", 2020, 1, 1), On("b", 2020, 2, 1), On("c", 2020, 8, 1)], AsOf);

        Assert.Equal(["b", "c"], evaluation.Findings.SelectMany(f => f.Refs));
        Assert.Equal([182.0, 153.0], evaluation.Findings.Select(f => f.Current!.Value));
    }

    [Fact]
    public void A_new_term_fires_on_first_appearances_after_the_baseline_date()
    {
        var rule = Rule(RuleKind.NewTerm) with { Term = "theatre", Since = new DateOnly(2015, 1, 1) };
        Observation[] seen = [On("a", 2012, 5, 1, "Yellow Sea"), On("b", 2015, 5, 1, "Mediterranean"), On("c", 2017, 7, 1, "Baltic"), On("d", 2019, 4, 1, "Yellow Sea")];

        var evaluation = RuleEvaluator.Evaluate(rule, seen, AsOf);

        Assert.Equal(["b", "c"], evaluation.Findings.SelectMany(f => f.Refs));
    }

    [Fact]
    public void A_rule_acknowledged_stays_so_until_something_new_fires_it()
    {
        var rule = Rule(RuleKind.Any);
        var at = DateTimeOffset.UnixEpoch;
        var first = RuleStatus.AfterRun(null, RuleEvaluator.Evaluate(rule, [On("a", 2019, 1, 1)], AsOf), at);
        var acknowledged = first with { State = RuleState.Acknowledged };

        var same = RuleStatus.AfterRun(acknowledged, RuleEvaluator.Evaluate(rule, [On("a", 2019, 1, 1)], AsOf), at);
        var fresh = RuleStatus.AfterRun(acknowledged, RuleEvaluator.Evaluate(rule, [On("a", 2019, 1, 1), On("b", 2020, 1, 1)], AsOf), at);

        Assert.Equal(RuleState.Triggered, first.State);
        Assert.Equal(RuleState.Acknowledged, same.State);
        Assert.Equal(RuleState.Triggered, fresh.State);
    }
}
