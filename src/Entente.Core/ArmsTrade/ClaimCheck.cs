using Entente.Evidence;

namespace Entente.ArmsTrade;

/// <summary>A claim's figure set against the same figure recomputed from one SIPRI release.</summary>
public sealed record ClaimCheck(
    string Item,
    string Metric,
    string? Supplier,
    string? Recipient,
    string Period,
    decimal Claimed,
    Bound Bound,
    string Release,
    decimal? Recomputed,
    ClaimVerdict Verdict)
{
    public decimal? Difference => Recomputed is { } value ? value - Claimed : null;

    /// <summary>The deals (SIPRI AT Database IDs) whose deliveries the recomputed figure sums.</summary>
    public IReadOnlyList<string> Deals { get; init; } = [];
}

public enum ClaimVerdict
{
    /// <summary>The data agree with the claim at the precision it was stated with (or its bound holds).</summary>
    Holds,

    /// <summary>The data give another value.</summary>
    Differs,

    /// <summary>The release does not cover the claim's period, or has no deliveries for the actors.</summary>
    NoData,
}
