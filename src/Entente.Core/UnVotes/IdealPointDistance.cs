namespace Entente.UnVotes;

/// <summary>
/// The distance between two states' ideal points in a year, |a − b|, with an approximate 90 % interval.
/// The dataset publishes quantiles, not posterior draws, so the interval treats each estimate as normal with
/// σ = (Q95 − Q5) / (2 × 1.645), the two estimates as independent, and folds the interval of a − b at zero.
/// </summary>
public sealed record IdealPointDistance(int Year, double Distance, double? Low, double? High)
{
    private const double Z90 = 1.6448536269514722;

    public static IdealPointDistance Between(IdealPoint a, IdealPoint b)
    {
        if (a.Year != b.Year)
        {
            throw new ArgumentException($"Ideal points of different years ({a.Year}, {b.Year}) have no distance.", nameof(b));
        }

        var difference = a.Value - b.Value;
        if (Sigma(a) is not { } sa || Sigma(b) is not { } sb)
        {
            return new IdealPointDistance(a.Year, Math.Abs(difference), null, null);
        }

        var half = Z90 * Math.Sqrt((sa * sa) + (sb * sb));
        var (lo, hi) = (difference - half, difference + half);
        var low = lo <= 0 && hi >= 0 ? 0 : Math.Min(Math.Abs(lo), Math.Abs(hi));
        return new IdealPointDistance(a.Year, Math.Abs(difference), low, Math.Max(Math.Abs(lo), Math.Abs(hi)));
    }

    private static double? Sigma(IdealPoint point) =>
        point is { Low: { } low, High: { } high } && high >= low ? (high - low) / (2 * Z90) : null;
}
