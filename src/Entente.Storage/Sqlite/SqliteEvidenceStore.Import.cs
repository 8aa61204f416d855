using Entente.Bundles;
using Entente.Serialization;

namespace Entente.Storage.Sqlite;

/// <summary>Writing a bundle: one immediate transaction, content-hash comparison, old versions kept, other bundles' records respected.</summary>
public sealed partial class SqliteEvidenceStore
{
    public Task<ImportSummary> ImportAsync(Bundle bundle, string origin, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        ImportAsync(bundle, new ImportOptions { Origin = origin, Progress = progress }, cancellationToken);

    public Task<ImportSummary> ImportAsync(Bundle bundle, ImportOptions options, CancellationToken cancellationToken = default) =>
        GuardAsync(() => ImportGuardedAsync(bundle, options, cancellationToken));

    private async Task<ImportSummary> ImportGuardedAsync(Bundle bundle, ImportOptions options, CancellationToken cancellationToken)
    {
        // BEGIN IMMEDIATE: take the write lock up front so a concurrent writer fails now, not half-way.
        await using var transaction = _connection.BeginTransaction(deferred: false);
        using var session = new SqliteWriteSession(transaction);
        var importId = (long)(await session.ScalarAsync(
            "INSERT INTO imports (bundle_id, origin, started_at) VALUES ($1, $2, $3) RETURNING id;",
            cancellationToken, bundle.Info?.Id, options.Origin, DateTimeOffset.UtcNow.ToString("O")))!;
        var total = bundle.Count;
        var done = 0;
        var run = new ImportRun(session, importId, bundle.Info?.Id ?? options.Origin, options.OthersRecords, Step);

        var actors = await UpsertAllAsync(run, "actor", bundle.Actors, a => a.Id, WriteActorAsync, cancellationToken);
        var sources = await UpsertAllAsync(run, "source", bundle.Sources, s => s.Id, WriteSourceAsync, cancellationToken);
        var items = await UpsertAllAsync(run, "item", bundle.Items, i => i.Id, WriteItemAsync, cancellationToken);
        if (run.Conflicts.Count > 0)
        {
            // Disposing the transaction rolls it back: nothing of this bundle is written.
            throw new OwnershipConflictException(run.Conflicts);
        }

        await RefreshSearchTextAsync(session, items.ChangedIds, sources.ChangedIds, cancellationToken);

        var summary = new ImportSummary(importId, actors.Changes, sources.Changes, items.Changes) { Replaced = run.Replaced, Kept = run.Kept };
        if (!summary.ChangedAnything)
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

        void Step(string stage) => options.Progress?.Report(new ImportProgress(stage, ++done, total));
    }

    private delegate Task WriteRecord<in T>(SqliteWriteSession session, T record, RecordWrite write, CancellationToken cancellationToken);

    /// <summary>How a record is written: its new version number, content hash, body, import and owner.</summary>
    private sealed record RecordWrite(int Version, string Hash, string Body, long ImportId, string Owner);

    /// <summary>One import under way: who owns what it writes, and what it found of other bundles' records.</summary>
    private sealed record ImportRun(SqliteWriteSession Session, long ImportId, string Owner, OthersRecords Policy, Action<string> Step)
    {
        public List<OwnedRecord> Conflicts { get; } = [];
        public List<OwnedRecord> Replaced { get; } = [];
        public List<OwnedRecord> Kept { get; } = [];
    }

    private static async Task<(RecordChanges Changes, IReadOnlyList<string> ChangedIds)> UpsertAllAsync<T>(
        ImportRun run, string kind, IReadOnlyList<T> records, Func<T, string> id, WriteRecord<T> write, CancellationToken cancellationToken)
    {
        var table = kind + "s";
        int added = 0, updated = 0, unchanged = 0, kept = 0;
        var changed = new List<string>();
        foreach (var record in records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var body = EntenteJson.Serialize(record);
            var hash = EntenteJson.HashOf(body);
            var existing = await ExistingAsync(run.Session, table, id(record), cancellationToken);
            if (existing?.Hash == hash)
            {
                unchanged++;
            }
            else if (existing is { } other && !string.Equals(other.Owner, run.Owner, StringComparison.Ordinal) && run.Policy != OthersRecords.Replace)
            {
                (run.Policy == OthersRecords.Keep ? run.Kept : run.Conflicts).Add(new OwnedRecord(kind, id(record), other.Owner));
                kept += run.Policy == OthersRecords.Keep ? 1 : 0;
            }
            else
            {
                if (existing is { } previous)
                {
                    await run.Session.ExecuteAsync($"""
                        INSERT INTO record_versions (record_kind, record_id, version, content_hash, body, import_id, superseded_by, owner)
                        SELECT $1, id, version, content_hash, body, import_id, $2, owner FROM {table} WHERE id = $3;
                        """, cancellationToken, kind, run.ImportId, id(record));
                    updated++;
                    if (!string.Equals(previous.Owner, run.Owner, StringComparison.Ordinal))
                    {
                        run.Replaced.Add(new OwnedRecord(kind, id(record), previous.Owner));
                    }
                }
                else
                {
                    added++;
                }

                await write(run.Session, record, new RecordWrite((existing?.Version ?? 0) + 1, hash, body, run.ImportId, run.Owner), cancellationToken);
                changed.Add(id(record));
            }

            run.Step(kind);
        }

        return (new RecordChanges(added, updated, unchanged, kept), changed);
    }

    private static async Task<(string Hash, int Version, string Owner)?> ExistingAsync(SqliteWriteSession session, string table, string id, CancellationToken cancellationToken)
    {
        await using var reader = await session.Command($"SELECT content_hash, version, owner FROM {table} WHERE id = $1;", id).ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetString(0), reader.GetInt32(1), reader.GetString(2)) : null;
    }
}
