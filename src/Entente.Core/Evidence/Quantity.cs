namespace Entente.Evidence;

/// <summary>
/// A number the source gives, with what it measures (measures codebook) and its unit.
/// Money carries its ISO 4217 currency as unit and the price year it is stated in.
/// </summary>
public sealed record Quantity
{
    public required string Measure { get; init; }
    public required decimal Value { get; init; }
    public required string Unit { get; init; }
    public Bound Bound { get; init; } = Bound.Exact;
    public int? PriceYear { get; init; }

    /// <summary>Whose quantity it is when an item has several actors (the Chinese contingent of an exercise).</summary>
    public string? Actor { get; init; }

    public string? Note { get; init; }

    public string Describe() => $"{BoundPrefix(Bound)}{Value:0.##} {Unit}";

    public static string BoundPrefix(Bound bound) => bound switch
    {
        Bound.Approximate => "~",
        Bound.Lower => ">",
        Bound.Upper => "<",
        _ => "",
    };
}
