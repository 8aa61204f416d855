namespace Entente.ArmsTrade;

/// <summary>A dyad's deliveries over a period broken down by SIPRI's armament categories.</summary>
public sealed partial class TradeMatrix
{
    /// <summary>Each category's TIV and share of the dyad's TIV over [from, to], largest first.</summary>
    public IReadOnlyList<CategoryShare> CategoryShares(string supplier, string recipient, int from, int to)
    {
        var totals = Enumerable.Range(from, Math.Max(0, to - from + 1))
            .SelectMany(y => Categories(supplier, recipient, y))
            .GroupBy(c => c.Key)
            .Select(g => (Category: g.Key, Tiv: g.Sum(c => c.Value)))
            .ToList();
        var sum = totals.Sum(t => t.Tiv);
        return [.. totals.Select(t => new CategoryShare(t.Category, t.Tiv, Share(t.Tiv, sum)))
            .OrderByDescending(c => c.Tiv).ThenBy(c => c.Category, StringComparer.Ordinal)];
    }
}
