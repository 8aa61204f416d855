namespace Entente.ArmsTrade;

/// <summary>
/// One cell of a SIPRI TIV table: an actor's exports or imports (or a supplier's deliveries to a region) in a year.
/// Null is an empty cell: no deliveries identified. "0" means between 0 and 0.5 million TIV.
/// </summary>
public sealed record TivTableValue(string Actor, int Year, decimal? Tiv)
{
    /// <summary>The region for regional tables (SIPRI's region name), else null.</summary>
    public string? Region { get; init; }

    public int Line { get; init; }
}
