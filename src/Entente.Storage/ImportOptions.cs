namespace Entente.Storage;

/// <summary>How an import treats records that another bundle owns.</summary>
public enum OthersRecords
{
    /// <summary>Refuse the whole import and name every such record and its owner.</summary>
    Refuse,

    /// <summary>Replace them (their earlier versions are kept) and report each one with its former owner.</summary>
    Replace,

    /// <summary>Leave them as they are and report each one: used to reload shipped cases without reverting a user's edits.</summary>
    Keep,
}

/// <summary>What an import is and how it treats what others own. The owner of the imported records is the bundle's id, else its origin.</summary>
public sealed record ImportOptions
{
    /// <summary>Where the bundle was read from (a file or directory).</summary>
    public required string Origin { get; init; }

    public OthersRecords OthersRecords { get; init; } = OthersRecords.Refuse;

    public IProgress<ImportProgress>? Progress { get; init; }
}
