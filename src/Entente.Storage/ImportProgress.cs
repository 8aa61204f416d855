namespace Entente.Storage;

/// <summary>Progress of a running import: records written out of the total.</summary>
public readonly record struct ImportProgress(string Stage, int Done, int Total);
