namespace Entente.Analysis.Ladder;

/// <summary>A rung in a year: met, not met, unknown (no source covers the year), or no pair (a state did not exist).</summary>
public enum RungState
{
    Met,
    NotMet,
    Unknown,
    NoState,
}
