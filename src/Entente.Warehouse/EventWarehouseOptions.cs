namespace Entente.Warehouse;

/// <summary>How a warehouse is opened and how its imports run; one immutable value, passed to <see cref="EventWarehouse.Open"/>.</summary>
public sealed record EventWarehouseOptions
{
    public static EventWarehouseOptions Default { get; } = new();

    /// <summary>DuckDB's memory ceiling for the warehouse (imports stream, so they need little).</summary>
    public string MemoryLimit { get; init; } = "384MB";

    /// <summary>Batches in flight between the parsing and the writing thread; with their capacity, the memory an import holds.</summary>
    public int PipelineBatches { get; init; } = 4;

    /// <summary>
    /// A large file is committed every this many rows, so that DuckDB's transaction-local state stays small and an
    /// interrupted import keeps what it committed (re-running it adds only the rest). 0: one transaction per file.
    /// </summary>
    public long CommitEvery { get; init; } = 2_000_000;

    /// <summary>Dyad rows sorted together before they are written to `dyad_events` (about 100 bytes each while buffered).</summary>
    public int DyadRun { get; init; } = 1 << 19;

    /// <summary>The longest line an event file may have (in bytes, decompressed); longer means the file is not event data.</summary>
    public int MaxLineBytes { get; init; } = 1 << 20;
}
