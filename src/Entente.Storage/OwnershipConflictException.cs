namespace Entente.Storage;

/// <summary>An import would have changed records that another bundle owns, and was not told to replace them; nothing was written.</summary>
public sealed class OwnershipConflictException : Exception
{
    public OwnershipConflictException(IReadOnlyList<OwnedRecord> conflicts)
        : base(Describe(conflicts)) => Conflicts = conflicts;

    public OwnershipConflictException()
        : this([])
    {
    }

    public OwnershipConflictException(string message)
        : base(message) => Conflicts = [];

    public OwnershipConflictException(string message, Exception inner)
        : base(message, inner) => Conflicts = [];

    public IReadOnlyList<OwnedRecord> Conflicts { get; }

    private static string Describe(IReadOnlyList<OwnedRecord> conflicts)
    {
        const int Shown = 5;
        var more = conflicts.Count > Shown ? $" and {conflicts.Count - Shown} more" : "";
        return $"the bundle redefines {conflicts.Count} record(s) that another bundle owns: {string.Join(", ", conflicts.Take(Shown))}{more}; "
            + "cite them without redefining them, or import with --replace to replace them (their earlier versions are kept); nothing was imported";
    }
}
