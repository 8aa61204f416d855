namespace Entente.ArmsTrade;

/// <summary>Deliveries of one deal in one year, in SIPRI TIV (millions): a volume of transfers, not money.</summary>
public sealed record Delivery(string DealKey, string Supplier, string Recipient, int Year, decimal Tiv)
{
    public int? Number { get; init; }
    public bool NumberEstimated { get; init; }
    public bool YearEstimated { get; init; }
    public string? Category { get; init; }
    public int Line { get; init; }
}
