namespace Entente.Storage;

/// <summary>One stored version of a record and the import that wrote it.</summary>
public sealed record RecordVersion<T>(int Version, long ImportId, DateTimeOffset ImportedAt, T Record);
