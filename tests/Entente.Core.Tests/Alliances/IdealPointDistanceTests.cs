using Entente.UnVotes;

namespace Entente.Core.Tests.Alliances;

/// <summary>The ideal-point distance and its approximate interval, by hand.</summary>
public sealed class IdealPointDistanceTests
{
    [Fact]
    public void The_interval_combines_both_estimates_uncertainty_and_folds_at_zero()
    {
        // σ = (Q95 − Q5)/(2·1.645): a: 0.329/3.29 = 0.1, b: 0.658/3.29 = 0.2; σ(a − b) = √0.05 = 0.2236; half-width 1.645·0.2236 = 0.3678.
        var a = new IdealPoint { CountryCode = 1, Year = 2000, Value = 1.0, Low = 1.0 - 0.1645, High = 1.0 + 0.1645 };
        var b = new IdealPoint { CountryCode = 2, Year = 2000, Value = 0.5, Low = 0.5 - 0.329, High = 0.5 + 0.329 };
        var near = new IdealPoint { CountryCode = 3, Year = 2000, Value = 0.9, Low = 0.9 - 0.329, High = 0.9 + 0.329 };

        var far = IdealPointDistance.Between(a, b);
        var close = IdealPointDistance.Between(a, near);

        Assert.Equal(0.5, far.Distance, 12);
        Assert.Equal(0.5 - (1.6448536269514722 * Math.Sqrt(0.05)), far.Low!.Value, 4);
        Assert.Equal(0.5 + (1.6448536269514722 * Math.Sqrt(0.05)), far.High!.Value, 4);
        Assert.Equal(0.0, close.Low);
        Assert.Equal(0.1 + (1.6448536269514722 * Math.Sqrt(0.05)), close.High!.Value, 4);
    }

    [Fact]
    public void Without_quantiles_the_interval_is_missing()
    {
        var a = new IdealPoint { CountryCode = 1, Year = 2000, Value = 1.0 };
        var b = new IdealPoint { CountryCode = 2, Year = 2000, Value = -1.0 };

        var distance = IdealPointDistance.Between(a, b);

        Assert.Equal(2.0, distance.Distance);
        Assert.Null(distance.Low);
        Assert.Null(distance.High);
    }
}
