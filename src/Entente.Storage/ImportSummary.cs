namespace Entente.Storage;

/// <summary>What an import did, per kind of record.</summary>
public sealed record ImportSummary(long ImportId, RecordChanges Actors, RecordChanges Sources, RecordChanges Items)
{
    public bool ChangedAnything => Actors.Changed + Sources.Changed + Items.Changed > 0;
}

public sealed record RecordChanges(int Added, int Updated, int Unchanged)
{
    public static RecordChanges None { get; } = new(0, 0, 0);

    public int Changed => Added + Updated;
}
