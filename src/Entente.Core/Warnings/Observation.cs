namespace Entente.Warnings;

/// <summary>
/// One thing a rule can match, whatever its origin: an evidence item, a SIPRI deal, a period of an event series.
/// Dates are a span (an item dated "2019-11" runs the whole month); Count is 1 for an item, the event count for a series period.
/// </summary>
public sealed record Observation(string Ref, DateOnly Start, DateOnly End, string Label)
{
    public string? Term { get; init; }
    public double Count { get; init; } = 1;
}
