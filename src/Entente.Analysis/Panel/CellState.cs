namespace Entente.Analysis.Panel;

/// <summary>Why a panel cell holds what it holds: a measured value (zero included), no data, or a year the pair did not exist.</summary>
public enum CellState
{
    /// <summary>The source covers the year; the value is what it measured, and zero means none.</summary>
    Value,

    /// <summary>The source does not cover the year (outside its release, or nothing curated on the pair): unknown, not zero.</summary>
    Missing,

    /// <summary>One of the two states did not exist in the year (the registry's validity period).</summary>
    NoState,
}
