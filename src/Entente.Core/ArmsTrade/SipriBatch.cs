namespace Entente.ArmsTrade;

/// <summary>A slice of one SIPRI file, read and checked, to store before the next is read: an import holds one batch at a time.</summary>
public sealed record SipriBatch
{
    public IReadOnlyList<ArmsDeal> Deals { get; init; } = [];
    public IReadOnlyList<Delivery> Deliveries { get; init; } = [];
    public IReadOnlyList<TivTableValue> TableValues { get; init; } = [];
}
