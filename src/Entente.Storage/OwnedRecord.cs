namespace Entente.Storage;

/// <summary>A record another bundle owns: its kind (actor, source, item), id, and the owner (bundle id, or the path it came from).</summary>
public sealed record OwnedRecord(string Kind, string Id, string Owner)
{
    public override string ToString() => $"{Kind} '{Id}' (owned by {Owner})";
}
