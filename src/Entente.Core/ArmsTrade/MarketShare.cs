namespace Entente.ArmsTrade;

/// <summary>A supplier's share of a group of recipients' imports over a period (SIPRI TIV).</summary>
public sealed record MarketShare(string Supplier, decimal Tiv, decimal Share)
{
    /// <summary>The supplier's deals delivering to the recipients over the period.</summary>
    public IReadOnlyList<string> Deals { get; init; } = [];
}

/// <summary>Who supplies a market: each supplier's share of the recipients' combined imports, largest first.</summary>
public static class MarketShares
{
    /// <summary>Shares over [from, to]; null when the release does not cover the whole period.</summary>
    public static IReadOnlyList<MarketShare>? Compute(TradeMatrix matrix, IReadOnlyCollection<string> recipients, int from, int to)
    {
        if (!matrix.Release.Covers(from) || !matrix.Release.Covers(to))
        {
            return null;
        }

        var bySupplier = recipients.SelectMany(r => matrix.Suppliers(r, from, to))
            .GroupBy(s => s.Supplier)
            .Select(g => (Supplier: g.Key, Tiv: g.Sum(s => s.Tiv)))
            .ToList();
        var total = bySupplier.Sum(s => s.Tiv);
        return [.. bySupplier
            .Select(s => new MarketShare(s.Supplier, s.Tiv, total == 0 ? 0 : Math.Round(s.Tiv / total * 100, 2))
            {
                Deals = matrix.DealKeys(d => d.Supplier == s.Supplier && recipients.Contains(d.Recipient), from, to),
            })
            .OrderByDescending(s => s.Tiv).ThenBy(s => s.Supplier, StringComparer.Ordinal)];
    }
}
