namespace Entente.ArmsTrade;

/// <summary>Which deals of a release to list: a directed dyad, optionally only those delivering in a year, optionally matching text.</summary>
public sealed record DealQuery(string Supplier, string Recipient)
{
    /// <summary>Only deals with deliveries in this year; their TIV is then the TIV delivered in that year.</summary>
    public int? Year { get; init; }

    /// <summary>Text in the designation, description, category, status or comments (case-insensitive).</summary>
    public string? Text { get; init; }
}
