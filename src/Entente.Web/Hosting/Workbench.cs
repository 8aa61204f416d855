using System.Collections.Concurrent;
using Entente.Actors;
using Entente.ArmsTrade;
using Entente.Storage.ArmsTrade;
using Entente.Storage.Sqlite;
using Entente.Warehouse;

namespace Entente.Web.Hosting;

/// <summary>
/// The workbench's access to the stores the CLI uses: the evidence store and its SIPRI side (one SQLite file) and the
/// event warehouse. Opens a connection per request (SQLite connections are not shared across threads); keeps the
/// SIPRI delivery matrix of each release in memory, since it is rebuilt from the whole register.
/// </summary>
public sealed class Workbench(WorkbenchOptions options) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<TradeMatrix?>>> _matrices = new();
    private readonly Lock _warehouseLock = new();
    private EventWarehouse? _warehouse;
    private (string Version, ActorRegistry Registry)? _registry;

    public WorkbenchOptions Options { get; } = options;

    public Task<SqliteEvidenceStore> OpenStoreAsync(CancellationToken cancellationToken) =>
        SqliteEvidenceStore.OpenAsync(Options.StorePath, cancellationToken);

    /// <summary>
    /// Changes whenever the store or the warehouse is written (by this server's readers never; by a CLI import, yes):
    /// the files' sizes and write times, WAL included. Answers cached under one version are never served under another.
    /// </summary>
    public string DataVersion()
    {
        // A reader's connection creates an empty WAL and its close deletes it; only a WAL with content means a write.
        static string Stamp(string? path) => path is not null && new FileInfo(path) is { Exists: true, Length: > 0 } file ? $"{file.LastWriteTimeUtc.Ticks}:{file.Length}" : "-";
        return string.Join('|', Stamp(Options.StorePath), Stamp(Options.StorePath + "-wal"), Stamp(Options.WarehousePath), Stamp(Options.WarehousePath + ".wal"));
    }

    /// <summary>The shipped registry plus the actors imported bundles added, as the CLI builds it; rebuilt when the store changes.</summary>
    public async Task<ActorRegistry> RegistryAsync(CancellationToken cancellationToken)
    {
        var version = DataVersion();
        if (_registry is { } cached && cached.Version == version)
        {
            return cached.Registry;
        }

        await using var store = await OpenStoreAsync(cancellationToken);
        var extra = await store.ActorsAsync(cancellationToken);
        var registry = ActorRegistry.Shipped.With(extra.Where(a => !ActorRegistry.Shipped.Contains(a.Id)));
        _registry = (version, registry);
        return registry;
    }

    /// <summary>The release a figure is read from when none is asked for: the delivery register reaching the latest year, newest first (as the CLI picks it).</summary>
    public async Task<TradeMatrix?> MatrixAsync(string? release, CancellationToken cancellationToken)
    {
        await using var store = await SqliteArmsTradeStore.OpenAsync(Options.StorePath, cancellationToken);
        var files = await store.FilesAsync(cancellationToken);
        var registers = files.Where(f => f.Layout == SipriLayout.DeliveryRegister)
            .OrderByDescending(f => f.LastYear).ThenByDescending(f => f.Generated).ToList();
        var id = release ?? registers.FirstOrDefault()?.Id;
        if (id is null || registers.All(r => r.Id != id))
        {
            return null;
        }

        // Keyed by the release and its files' hashes: a re-import of another file of the release rebuilds the matrix.
        var key = id + "|" + string.Join(",", registers.Where(r => r.Id == id).Select(r => r.Sha256).Order(StringComparer.Ordinal));
        var lazy = _matrices.GetOrAdd(key, _ => new Lazy<Task<TradeMatrix?>>(() => LoadMatrixAsync(id)));
        return await lazy.Value;
    }

    private async Task<TradeMatrix?> LoadMatrixAsync(string release)
    {
        await using var store = await SqliteArmsTradeStore.OpenAsync(Options.StorePath, CancellationToken.None);
        return await store.MatrixAsync(release, ActorRegistry.Shipped, CancellationToken.None);
    }

    public async Task<IReadOnlyList<ArmsDeal>> DealsAsync(string release, string supplier, string recipient, CancellationToken cancellationToken)
    {
        await using var store = await SqliteArmsTradeStore.OpenAsync(Options.StorePath, cancellationToken);
        return await store.DealsAsync(release, supplier, recipient, cancellationToken);
    }

    /// <summary>Runs a query on the event warehouse, one at a time (one DuckDB connection); null when no warehouse exists.</summary>
    public T? WithWarehouse<T>(Func<EventWarehouse, T> query)
        where T : class
    {
        if (Options.WarehousePath is not { } path || !File.Exists(path))
        {
            return null;
        }

        lock (_warehouseLock)
        {
            _warehouse ??= EventWarehouse.Open(path);
            return query(_warehouse);
        }
    }

    public void Dispose() => _warehouse?.Dispose();
}
