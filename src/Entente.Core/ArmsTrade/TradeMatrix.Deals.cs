namespace Entente.ArmsTrade;

/// <summary>The keys of the deals behind each figure, so every row can be traced to the SIPRI records it sums.</summary>
public sealed partial class TradeMatrix
{
    private readonly Dictionary<(string S, string R, int Y), SortedSet<string>> _deals = [];

    /// <summary>The deals delivering from the supplier to the recipient over the years (SIPRI AT Database IDs), in order.</summary>
    public IReadOnlyList<string> DealKeys(string supplier, string recipient, int from, int to) =>
        [.. Enumerable.Range(from, Math.Max(0, to - from + 1))
            .SelectMany(y => _deals.GetValueOrDefault((supplier, recipient, y)) ?? [])
            .Distinct().Order(StringComparer.Ordinal)];

    /// <summary>The deals of every dyad where <paramref name="side"/> picks the supplier or recipient given, over the years.</summary>
    public IReadOnlyList<string> DealKeys(Func<(string Supplier, string Recipient), bool> side, int from, int to) =>
        [.. _deals.Where(d => d.Key.Y >= from && d.Key.Y <= to && side((d.Key.S, d.Key.R)))
            .SelectMany(d => d.Value).Distinct().Order(StringComparer.Ordinal)];

    private void AddDeal(Delivery delivery)
    {
        if (!_deals.TryGetValue((delivery.Supplier, delivery.Recipient, delivery.Year), out var keys))
        {
            _deals[(delivery.Supplier, delivery.Recipient, delivery.Year)] = keys = new SortedSet<string>(StringComparer.Ordinal);
        }

        keys.Add(delivery.DealKey);
    }
}
