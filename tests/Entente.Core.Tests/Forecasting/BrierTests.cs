using Entente.Forecasting;

namespace Entente.Core.Tests.Forecasting;

public sealed class BrierTests
{
    [Fact]
    public void The_binary_convention_is_the_squared_error_on_zero_to_one()
    {
        Assert.Equal(0.09, Brier.Binary(0.7, true), 12);
        Assert.Equal(0.49, Brier.Binary(0.7, false), 12);
        Assert.Equal(1.0, Brier.Binary(0.0, true), 12);
    }

    [Fact]
    public void The_multi_category_convention_sums_every_category_on_zero_to_two()
    {
        // (0.2 − 0)² + (0.5 − 1)² + (0.3 − 0)² = 0.04 + 0.25 + 0.09
        Assert.Equal(0.38, Brier.Categorical([0.2, 0.5, 0.3], 1), 12);
        Assert.Equal(2.0, Brier.Categorical([1, 0, 0], 2), 12);
    }

    [Fact]
    public void Ordered_categories_score_the_mean_of_the_cumulative_binary_scores()
    {
        // Splits "≤ first": P 0.2, happened no → 0.04; "≤ second": P 0.7, no → 0.49; mean 0.265.
        Assert.Equal(0.265, Brier.Ordered([0.2, 0.5, 0.3], 2), 12);

        // A near miss scores better than a far miss with the same probability on the outcome.
        Assert.True(Brier.Ordered([0.1, 0.8, 0.1], 2) < Brier.Ordered([0.8, 0.1, 0.1], 2));
    }

    [Fact]
    public void The_daily_average_scores_each_open_day_with_the_forecast_then_in_effect()
    {
        var forecast = new Forecast
        {
            Id = "f",
            Statement = "s",
            Author = "a",
            Updates = [new(new DateOnly(2021, 1, 1), [0.6, 0.4], "a"), new(new DateOnly(2021, 1, 3), [0.9, 0.1], "a")],
            Resolution = new ForecastResolution(0, new DateOnly(2021, 1, 5), ["e"], "a"),
        };

        // 1 and 2 January at 0.6: 2 × 0.4² = 0.32 each; 3 and 4 January at 0.9: 2 × 0.1² = 0.02 each; mean 0.17.
        Assert.Equal(0.17, Brier.DailyAverage(forecast), 12);
        Assert.Equal(0.01, ForecastScoring.Score(forecast).Final, 12);
    }

    [Fact]
    public void Probabilities_outside_zero_to_one_or_not_summing_to_one_are_refused()
    {
        Assert.Null(ForecastRules.ProbabilityProblem([0.2, 0.8], 2));
        Assert.Contains("outside 0–1", ForecastRules.ProbabilityProblem([1.2, -0.2], 2), StringComparison.Ordinal);
        Assert.Contains("sum to 1.1", ForecastRules.ProbabilityProblem([0.2, 0.5, 0.4], 3), StringComparison.Ordinal);
        Assert.Contains("2 categories", ForecastRules.ProbabilityProblem([1.0], 2), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_estimative_scales_in_one_case_are_reported()
    {
        Assert.Empty(ForecastRules.MixedScales("c", [("a", "icd203"), ("b", "icd203")]));
        var problem = Assert.Single(ForecastRules.MixedScales("c", [("a", "icd203"), ("b", "icd203"), ("x", "phia")]));
        Assert.Contains("phia (first: x)", problem, StringComparison.Ordinal);
    }
}
