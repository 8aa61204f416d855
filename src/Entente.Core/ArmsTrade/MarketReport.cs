namespace Entente.ArmsTrade;

/// <summary>Who supplied a group of recipients over a period, from one release: what `market` prints and `--json` gives.</summary>
public sealed record MarketReport(string Release, int From, int To, IReadOnlyList<string> Recipients, IReadOnlyList<MarketShare> Suppliers)
{
    /// <summary>The report over [from, to]; null when the release does not cover the whole period.</summary>
    public static MarketReport? Compute(TradeMatrix matrix, IReadOnlyList<string> recipients, int from, int to) =>
        MarketShares.Compute(matrix, recipients, from, to) is { } shares ? new MarketReport(matrix.Release.Id, from, to, recipients, shares) : null;

    /// <summary>The suppliers after the first <paramref name="named"/>, summed as one row; null when there are none.</summary>
    public MarketShare? Others(int named)
    {
        var rest = Suppliers.Skip(named).ToList();
        return rest.Count == 0 ? null : new MarketShare($"others ({rest.Count})", rest.Sum(o => o.Tiv), rest.Sum(o => o.Share))
        {
            Deals = [.. rest.SelectMany(o => o.Deals).Distinct().Order(StringComparer.Ordinal)],
        };
    }
}
