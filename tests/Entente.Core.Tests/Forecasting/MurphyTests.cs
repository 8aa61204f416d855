using Entente.Forecasting;

namespace Entente.Core.Tests.Forecasting;

public sealed class MurphyTests
{
    // Two bins of three identical forecasts: 0.1 (happened once) and 0.9 (happened twice).
    private static readonly (double, bool)[] TwoBins = [(0.1, false), (0.1, false), (0.1, true), (0.9, true), (0.9, true), (0.9, false)];

    [Fact]
    public void The_decomposition_matches_hand_computed_terms()
    {
        var d = Murphy.Decompose(TwoBins);

        // Brier (0.01 + 0.01 + 0.81 + 0.01 + 0.01 + 0.81) / 6; reliability (3·(0.1 − 1/3)² + 3·(0.9 − 2/3)²) / 6;
        // resolution (3·(1/3 − 1/2)² + 3·(2/3 − 1/2)²) / 6; uncertainty 0.5 · 0.5.
        Assert.Equal(1.66 / 6, d.Brier, 12);
        Assert.Equal((3 * Math.Pow(0.1 - (1 / 3.0), 2) + (3 * Math.Pow(0.9 - (2 / 3.0), 2))) / 6, d.Reliability, 12);
        Assert.Equal(1 / 36.0, d.Resolution, 12);
        Assert.Equal(0.25, d.Uncertainty, 12);
    }

    [Fact]
    public void With_bin_means_the_three_terms_sum_to_the_Brier_score()
    {
        var d = Murphy.Decompose(TwoBins);

        Assert.Equal(d.Brier, d.Reliability - d.Resolution + d.Uncertainty, 12);
        Assert.Equal(d.Brier, d.BinnedBrier, 12);
    }

    [Fact]
    public void With_spread_inside_bins_the_within_bin_terms_close_the_identity()
    {
        (double, bool)[] pairs = [(0.12, false), (0.18, true), (0.15, false), (0.71, true), (0.79, false), (0.74, true), (0.95, true)];

        var d = Murphy.Decompose(pairs);

        Assert.Equal(d.BinnedBrier, d.Reliability - d.Resolution + d.Uncertainty, 12);
        Assert.Equal(d.Brier, d.Reliability - d.Resolution + d.Uncertainty + d.WithinBinVariance - d.WithinBinCovariance, 12);
        Assert.NotEqual(d.Brier, d.BinnedBrier, 6);
    }

    [Fact]
    public void Calibration_reports_each_bin_with_its_count_and_observed_frequency()
    {
        var bins = Murphy.Decompose(TwoBins).Bins;

        Assert.Equal([(0.1, 3, 1 / 3.0), (0.9, 3, 2 / 3.0)], bins.Select(b => (Math.Round(b.From, 9), b.Count, b.ObservedFrequency)));
        Assert.Equal(0.1, bins[0].MeanForecast, 12);
    }

    [Fact]
    public void Discrimination_is_the_mean_forecast_when_it_happened_minus_when_it_did_not()
    {
        Assert.Equal(((0.1 + 0.9 + 0.9) / 3) - ((0.1 + 0.1 + 0.9) / 3), Murphy.Decompose(TwoBins).Discrimination!.Value, 12);
    }
}
