namespace Entente.Storage;

/// <summary>What an import did, per kind of record, and which records of other bundles it replaced or left alone.</summary>
public sealed record ImportSummary(long ImportId, RecordChanges Actors, RecordChanges Sources, RecordChanges Items)
{
    public bool ChangedAnything => Actors.Changed + Sources.Changed + Items.Changed > 0;

    /// <summary>Records another bundle owned that this import replaced (with <see cref="OthersRecords.Replace"/>), with their former owners.</summary>
    public IReadOnlyList<OwnedRecord> Replaced { get; init; } = [];

    /// <summary>Records another bundle owns that this import left as they were (with <see cref="OthersRecords.Keep"/>).</summary>
    public IReadOnlyList<OwnedRecord> Kept { get; init; } = [];
}

/// <summary>Per kind of record: added, updated in place (old version kept), unchanged, and kept because another bundle owns them.</summary>
public sealed record RecordChanges(int Added, int Updated, int Unchanged, int Kept = 0)
{
    public static RecordChanges None { get; } = new(0, 0, 0);

    public int Changed => Added + Updated;
}
