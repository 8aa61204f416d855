namespace Entente.Analysis.Datasets;

/// <summary>The inclusive years a source covers; outside them its values are missing, not zero.</summary>
public readonly record struct YearRange(int First, int Last)
{
    public bool Contains(int year) => year >= First && year <= Last;

    public override string ToString() => First == Last ? $"{First}" : $"{First}–{Last}";
}
