using Entente.Events;

namespace Entente.Warehouse;

/// <summary>How one input went: imported (all or partly), skipped as already imported, or rejected whole.</summary>
public enum FileImportStatus
{
    Complete,
    Partial,
    Skipped,
    Rejected,
}

/// <summary>The outcome of importing one input, with counts and the first rejected rows as examples.</summary>
public sealed record FileImport
{
    public required string File { get; init; }
    public required FileImportStatus Status { get; init; }
    public int ImportId { get; init; }
    public string Dataset { get; init; } = "";
    public string Layout { get; init; } = "";
    public string Release { get; init; } = "";
    public long Bytes { get; init; }
    public long Rows { get; init; }
    public long Added { get; init; }
    public long Duplicates { get; init; }
    public long Rejected { get; init; }

    /// <summary>Rows imported with a value kept raw and reported (see <see cref="RowReject.Kept"/>).</summary>
    public long Flagged { get; init; }
    public TimeSpan Elapsed { get; init; }
    public IReadOnlyList<RowReject> Examples { get; init; } = [];

    public bool HasProblems => Rejected > 0 || Status is FileImportStatus.Partial or FileImportStatus.Rejected;
}

/// <summary>Progress of an import: bytes of the current input read so far.</summary>
public sealed record ImportProgress(string File, long BytesRead, long BytesTotal, long Rows);
