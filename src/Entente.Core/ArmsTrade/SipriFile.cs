namespace Entente.ArmsTrade;

/// <summary>Everything read from one SIPRI file, ready to store as one release-file, or the reasons it cannot be.</summary>
public sealed record SipriFile
{
    /// <summary>Problems listed one by one; past this many a file is only counted.</summary>
    public const int MaxListed = 1000;

    public required SipriRelease Release { get; init; }
    public IReadOnlyList<ArmsDeal> Deals { get; init; } = [];
    public IReadOnlyList<Delivery> Deliveries { get; init; } = [];
    public IReadOnlyList<TivTableValue> TableValues { get; init; } = [];

    /// <summary>Records broken across lines that were joined back, with the lines they spanned.</summary>
    public IReadOnlyList<SipriReject> Repaired { get; init; } = [];

    /// <summary>
    /// Records that repeat an earlier record of the file exactly. The classic register really lists a few deals twice,
    /// so they are kept and reported; in the 2024 layout a repeated deal-year is an error and is in <see cref="Rejected"/>.
    /// </summary>
    public IReadOnlyList<SipriReject> Duplicates { get; init; } = [];

    /// <summary>Duplicates beyond the <see cref="MaxListed"/> that are listed.</summary>
    public int DuplicatesUnlisted { get; init; }

    public int DuplicateCount => Duplicates.Count + DuplicatesUnlisted;

    public IReadOnlyList<SipriReject> Rejected { get; init; } = [];

    /// <summary>Rejected records beyond the <see cref="MaxListed"/> that are listed.</summary>
    public int RejectedUnlisted { get; init; }

    public int RowsRead { get; init; }

    public int RejectedCount => Rejected.Count + RejectedUnlisted;

    /// <summary>A file with rejected records is not stored at all: all or nothing.</summary>
    public bool IsComplete => RejectedCount == 0;
}
