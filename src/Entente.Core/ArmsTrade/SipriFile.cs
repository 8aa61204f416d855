namespace Entente.ArmsTrade;

/// <summary>Everything read from one SIPRI file, ready to store as one release-file, or the reasons it cannot be.</summary>
public sealed record SipriFile
{
    public required SipriRelease Release { get; init; }
    public IReadOnlyList<ArmsDeal> Deals { get; init; } = [];
    public IReadOnlyList<Delivery> Deliveries { get; init; } = [];
    public IReadOnlyList<TivTableValue> TableValues { get; init; } = [];

    /// <summary>Records broken across lines that were joined back, with the lines they spanned.</summary>
    public IReadOnlyList<SipriReject> Repaired { get; init; } = [];

    public IReadOnlyList<SipriReject> Rejected { get; init; } = [];

    public int RowsRead { get; init; }

    /// <summary>A file with rejected records is not stored at all: all or nothing.</summary>
    public bool IsComplete => Rejected.Count == 0;
}
