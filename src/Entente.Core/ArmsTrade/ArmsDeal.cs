namespace Entente.ArmsTrade;

/// <summary>
/// A SIPRI deal: who ordered what from whom, when, how many, with SIPRI's uncertainty flags.
/// Actors are canonical registry ids; the names as SIPRI wrote them travel along for display.
/// </summary>
public sealed record ArmsDeal
{
    /// <summary>SIPRI AT Database ID where the file has one, else a deterministic key of the deal's fields.</summary>
    public required string Key { get; init; }

    public required string Supplier { get; init; }
    public required string Recipient { get; init; }
    public string? SupplierName { get; init; }
    public string? RecipientName { get; init; }
    public int? OrderYear { get; init; }
    public bool OrderYearEstimated { get; init; }
    public int? NumberOrdered { get; init; }
    public bool NumberOrderedEstimated { get; init; }
    public int? NumberDelivered { get; init; }
    public bool NumberDeliveredEstimated { get; init; }
    public IReadOnlyList<int> DeliveryYears { get; init; } = [];
    public string? Designation { get; init; }
    public string? Description { get; init; }
    public string? Category { get; init; }

    /// <summary>New, Second hand, New licensed production, ...</summary>
    public string? Status { get; init; }

    public string? Comments { get; init; }
    public decimal? TivPerUnit { get; init; }
    public decimal? TivOrder { get; init; }
    public decimal? TivDelivered { get; init; }

    /// <summary>The line of the file the deal starts on.</summary>
    public int Line { get; init; }
}
