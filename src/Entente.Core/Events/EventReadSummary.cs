namespace Entente.Events;

/// <summary>What a reader found in one input: its layout and dataset, rows seen and rejected, whether it ended early.</summary>
public sealed record EventReadSummary
{
    public string Layout { get; init; } = "";
    public string Dataset { get; init; } = "";
    public long Rows { get; init; }
    public long Rejected { get; init; }

    /// <summary>Rows imported with a value kept raw because it could not be interpreted (an ICEWS country the registry does not know).</summary>
    public long Flagged { get; init; }

    public bool Truncated { get; init; }

    /// <summary>The whole file was refused (another GDELT table, not ICEWS): every row counted as rejected.</summary>
    public bool FileRejected { get; init; }
}
