using Entente.Bundles;
using Entente.Serialization;

namespace Entente.Storage.Sqlite;

/// <summary>Writing a bundle: one immediate transaction, content-hash comparison, old versions kept.</summary>
public sealed partial class SqliteEvidenceStore
{
    public Task<ImportSummary> ImportAsync(Bundle bundle, string origin, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        ImportWithAsync(bundle, origin, progress, null, cancellationToken);

    /// <summary>
    /// The bundle import, with <paramref name="alongside"/> writing more records (a dataset's provenance) in the same
    /// transaction; it returns whether it wrote anything, which counts as a change.
    /// </summary>
    internal async Task<ImportSummary> ImportWithAsync(Bundle bundle, string origin, IProgress<ImportProgress>? progress,
        Func<SqliteWriteSession, CancellationToken, Task<bool>>? alongside, CancellationToken cancellationToken)
    {
        // BEGIN IMMEDIATE: take the write lock up front so a concurrent writer fails now, not half-way.
        await using var transaction = _connection.BeginTransaction(deferred: false);
        using var session = new SqliteWriteSession(transaction);
        var importId = (long)(await session.ScalarAsync(
            "INSERT INTO imports (bundle_id, origin, started_at) VALUES ($1, $2, $3) RETURNING id;",
            cancellationToken, bundle.Info?.Id, origin, DateTimeOffset.UtcNow.ToString("O")))!;
        var total = bundle.Count;
        var done = 0;

        var actors = await UpsertAllAsync(session, importId, "actor", bundle.Actors, a => a.Id, WriteActorAsync, Step, cancellationToken);
        var sources = await UpsertAllAsync(session, importId, "source", bundle.Sources, s => s.Id, WriteSourceAsync, Step, cancellationToken);
        var items = await UpsertAllAsync(session, importId, "item", bundle.Items, i => i.Id, WriteItemAsync, Step, cancellationToken);
        await RefreshSearchTextAsync(session, items.ChangedIds, sources.ChangedIds, cancellationToken);

        var summary = new ImportSummary(importId, actors.Changes, sources.Changes, items.Changes);
        var wroteAlongside = alongside is not null && await alongside(session, cancellationToken);
        if (!summary.ChangedAnything && !wroteAlongside)
        {
            // Nothing new: leave the store exactly as it was, import log included.
            await transaction.RollbackAsync(cancellationToken);
            return summary with { ImportId = 0 };
        }

        RecordChanges[] all = [summary.Actors, summary.Sources, summary.Items];
        await session.ExecuteAsync("UPDATE imports SET added = $1, updated = $2, unchanged = $3 WHERE id = $4;", cancellationToken,
            all.Sum(c => c.Added), all.Sum(c => c.Updated), all.Sum(c => c.Unchanged), importId);
        await transaction.CommitAsync(cancellationToken);
        return summary;

        void Step(string stage) => progress?.Report(new ImportProgress(stage, ++done, total));
    }

    private delegate Task WriteRecord<in T>(SqliteWriteSession session, T record, RecordWrite write, CancellationToken cancellationToken);

    /// <summary>How a record is written: its new version number, content hash, body and import.</summary>
    private sealed record RecordWrite(int Version, string Hash, string Body, long ImportId);

    private static async Task<(RecordChanges Changes, IReadOnlyList<string> ChangedIds)> UpsertAllAsync<T>(
        SqliteWriteSession session, long importId, string kind, IReadOnlyList<T> records, Func<T, string> id,
        WriteRecord<T> write, Action<string> step, CancellationToken cancellationToken)
    {
        var table = kind + "s";
        int added = 0, updated = 0, unchanged = 0;
        var changed = new List<string>();
        foreach (var record in records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var body = EntenteJson.Serialize(record);
            var hash = EntenteJson.HashOf(body);
            var existing = await ExistingAsync(session, table, id(record), cancellationToken);
            if (existing?.Hash == hash)
            {
                unchanged++;
            }
            else
            {
                if (existing is not null)
                {
                    await session.ExecuteAsync($"""
                        INSERT INTO record_versions (record_kind, record_id, version, content_hash, body, import_id, superseded_by)
                        SELECT $1, id, version, content_hash, body, import_id, $2 FROM {table} WHERE id = $3;
                        """, cancellationToken, kind, importId, id(record));
                    updated++;
                }
                else
                {
                    added++;
                }

                await write(session, record, new RecordWrite((existing?.Version ?? 0) + 1, hash, body, importId), cancellationToken);
                changed.Add(id(record));
            }

            step(kind);
        }

        return (new RecordChanges(added, updated, unchanged), changed);
    }

    private static async Task<(string Hash, int Version)?> ExistingAsync(SqliteWriteSession session, string table, string id, CancellationToken cancellationToken)
    {
        await using var reader = await session.Command($"SELECT content_hash, version FROM {table} WHERE id = $1;", id).ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetString(0), reader.GetInt32(1)) : null;
    }
}
