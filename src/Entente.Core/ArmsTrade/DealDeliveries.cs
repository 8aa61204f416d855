namespace Entente.ArmsTrade;

/// <summary>
/// A deal of the 2024-layout register is the sum of its delivery rows: numbers, years and TIV delivered come from them.
/// One rule, used when a file is read whole and when deals are read back from the store.
/// </summary>
public static class DealDeliveries
{
    public static ArmsDeal Summed(ArmsDeal deal, IReadOnlyCollection<Delivery> deliveries) => deliveries.Count == 0 ? deal : deal with
    {
        NumberDelivered = deliveries.All(d => d.Number is null) ? null : deliveries.Sum(d => d.Number ?? 0),
        NumberDeliveredEstimated = deliveries.Any(d => d.NumberEstimated),
        DeliveryYears = [.. deliveries.Select(d => d.Year).Distinct().Order()],
        TivDelivered = deliveries.Sum(d => d.Tiv),
    };
}
