using Entente.Datasets;

namespace Entente.Storage.Datasets;

/// <summary>What storing one dataset file did: stored its records, or found the identical file (same SHA-256) already there.</summary>
public sealed record DatasetImportSummary(DatasetFile File, bool AlreadyImported, int Stored);
