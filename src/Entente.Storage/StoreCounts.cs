namespace Entente.Storage;

/// <summary>How many records the store holds; used to show that an import changed what it should and nothing else.</summary>
public sealed record StoreCounts(int Actors, int Sources, int Items, int ItemVersions, int SourceVersions, int Imports)
{
    /// <summary>The counts that must not move when the same bundle is imported again (imports themselves are logged).</summary>
    public StoreCounts WithoutImportLog() => this with { Imports = 0 };
}
