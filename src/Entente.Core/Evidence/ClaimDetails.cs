using Entente.Dates;

namespace Entente.Evidence;

/// <summary>
/// A quantitative assertion in machine-readable form, so it can be recomputed when data arrive:
/// the metric (claim-metrics codebook), the period, the value with unit and bound, and the dataset release it rests on.
/// The actors come from the item's roles.
/// </summary>
public sealed record ClaimDetails
{
    public required string Metric { get; init; }
    public DateSpan? Period { get; init; }
    public required decimal Value { get; init; }
    public required string Unit { get; init; }
    public Bound Bound { get; init; } = Bound.Exact;
    public string? Dataset { get; init; }
    public string? Release { get; init; }
    public string? Basis { get; init; }
}
