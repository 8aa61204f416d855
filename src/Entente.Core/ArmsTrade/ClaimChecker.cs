using Entente.Evidence;

namespace Entente.ArmsTrade;

/// <summary>
/// Recomputes SIPRI-based claims from a release: TIV delivered, a supplier's or recipient's total, shares and rank,
/// over the claim's period, and judges them by the precision or bound the source stated them with.
/// </summary>
public static class ClaimChecker
{
    public static readonly IReadOnlySet<string> Metrics = new HashSet<string>
    {
        "tiv-delivered", "supplier-exports-tiv", "recipient-imports-tiv", "share-of-supplier-exports", "share-of-recipient-imports", "supplier-rank",
    };

    /// <summary>True for claim items that name SIPRI as their dataset and a metric this checker can recompute.</summary>
    public static bool IsCheckable(EvidenceItem item) =>
        item.Claim is { } claim && Metrics.Contains(claim.Metric) && claim.Period is not null
        && (claim.Dataset?.Contains("SIPRI", StringComparison.OrdinalIgnoreCase) ?? false);

    public static ClaimCheck Check(EvidenceItem item, TradeMatrix matrix)
    {
        var claim = item.Claim ?? throw new ArgumentException($"{item.Id} is not a claim.", nameof(item));
        var supplier = item.ActorsIn("supplier").FirstOrDefault();
        var recipient = item.ActorsIn("recipient").FirstOrDefault();
        var (from, to) = (claim.Period!.Value.From.Year, claim.Period.Value.To.Year);
        var recomputed = Recompute(claim.Metric, matrix, supplier, recipient, from, to);
        return new ClaimCheck(item.Id, claim.Metric, supplier, recipient, claim.Period.Value.ToString(), claim.Value, claim.Bound,
            matrix.Release.Id, recomputed, Judge(claim, recomputed))
        {
            Deals = recomputed is null ? [] : Deals(claim.Metric, matrix, supplier, recipient, from, to),
        };
    }

    /// <summary>The deals a metric sums: the dyad's for dyad figures, all the supplier's or recipient's for their totals.</summary>
    private static IReadOnlyList<string> Deals(string metric, TradeMatrix m, string? s, string? r, int from, int to) => metric switch
    {
        "supplier-exports-tiv" => m.DealKeys(d => d.Supplier == s, from, to),
        "recipient-imports-tiv" => m.DealKeys(d => d.Recipient == r, from, to),
        _ when s is not null && r is not null => m.DealKeys(s, r, from, to),
        _ => [],
    };

    private static decimal? Recompute(string metric, TradeMatrix m, string? s, string? r, int from, int to) => metric switch
    {
        "tiv-delivered" when s is not null && r is not null => TradeMatrix.Sum(y => m.Tiv(s, r, y), from, to),
        "supplier-exports-tiv" when s is not null => TradeMatrix.Sum(y => m.Exports(s, y), from, to),
        "recipient-imports-tiv" when r is not null => TradeMatrix.Sum(y => m.Imports(r, y), from, to),
        "share-of-supplier-exports" when s is not null && r is not null =>
            TradeMatrix.Share(TradeMatrix.Sum(y => m.Tiv(s, r, y), from, to), TradeMatrix.Sum(y => m.Exports(s, y), from, to)),
        "share-of-recipient-imports" when s is not null && r is not null =>
            TradeMatrix.Share(TradeMatrix.Sum(y => m.Tiv(s, r, y), from, to), TradeMatrix.Sum(y => m.Imports(r, y), from, to)),
        "supplier-rank" when s is not null && r is not null && m.Release.Covers(from) && m.Release.Covers(to) => m.Rank(s, r, from, to),
        _ => null,
    };

    /// <summary>
    /// Exact figures hold when the data round to them at the precision they were written with ("14.5" to one decimal);
    /// "about" allows 5 %; "over" and "under" hold when the data lie beyond the bound.
    /// </summary>
    private static ClaimVerdict Judge(ClaimDetails claim, decimal? data)
    {
        if (data is not { } value)
        {
            return ClaimVerdict.NoData;
        }

        var decimals = BitConverter.GetBytes(decimal.GetBits(claim.Value)[3])[2];
        var holds = claim.Bound switch
        {
            Bound.Lower => value > claim.Value,
            Bound.Upper => value < claim.Value,
            Bound.Approximate => Math.Abs(value - claim.Value) <= Math.Abs(claim.Value) * 0.05m,
            _ => Math.Round(value, decimals, MidpointRounding.AwayFromZero) == claim.Value,
        };
        return holds ? ClaimVerdict.Holds : ClaimVerdict.Differs;
    }
}
