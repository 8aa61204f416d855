using System.Diagnostics;
using Entente.Events;

namespace Entente.Warehouse;

public sealed partial class EventWarehouse
{
    /// <summary>The `imports` row of a file's import, written when it starts and when it ends, with the outcome.</summary>
    private sealed record ImportRecord(EventFile File, int ImportId, Stopwatch Clock);

    /// <summary>Starts a file's import: a transaction and its `imports` row, marked running.</summary>
    private ImportRecord BeginImport(EventFile file, string fingerprint, string target, Stopwatch clock)
    {
        var importId = Scalar<int>("SELECT coalesce(max(import_id), 0) + 1 FROM imports");
        Execute("BEGIN TRANSACTION");
        Execute("INSERT INTO imports (import_id, path, name, release, fingerprint, bytes, started_at, status, target) VALUES (?, ?, ?, ?, ?, ?, now(), 'running', ?)",
            importId, file.Display, file.Name, Release(file), fingerprint, file.Bytes, target);
        return new ImportRecord(file, importId, clock);
    }

    /// <summary>Ends a file's import: records the outcome in its `imports` row, commits, and reports it.</summary>
    private FileImport EndImport(ImportRecord import, EventReadSummary summary, long added, long duplicates, IReadOnlyList<RowReject> examples)
    {
        var status = summary.FileRejected ? FileImportStatus.Rejected : summary.Truncated ? FileImportStatus.Partial : FileImportStatus.Complete;
        Execute("""
            UPDATE imports SET dataset = ?, layout = ?, finished_at = now(), status = ?, rows_read = ?, rows_added = ?, rows_duplicate = ?, rows_rejected = ?
            WHERE import_id = ?
            """, summary.Dataset, summary.Layout, status.ToString().ToLowerInvariant(), summary.Rows, added, duplicates, summary.Rejected, import.ImportId);
        Execute("COMMIT");
        return new FileImport
        {
            File = import.File.Display,
            Status = status,
            ImportId = import.ImportId,
            Dataset = summary.Dataset,
            Layout = summary.Layout,
            Release = Release(import.File),
            Bytes = import.File.Bytes,
            Rows = summary.Rows,
            Added = added,
            Duplicates = duplicates,
            Rejected = summary.Rejected,
            Flagged = summary.Flagged,
            Elapsed = import.Clock.Elapsed,
            Examples = examples,
        };
    }

    /// <summary>Ends a failed import: its open transaction rolls back; steps committed before stay, and the row says it was cut short.</summary>
    private void AbandonImport(ImportRecord import)
    {
        Execute("ROLLBACK");
        Execute("UPDATE imports SET status = 'interrupted', finished_at = now() WHERE import_id = ?", import.ImportId);
    }

    /// <summary>
    /// A file already imported whole (same fingerprint) as the same table is skipped: re-running an import adds
    /// nothing. Imported as another table (events passed as mentions), it is refused by name.
    /// </summary>
    private FileImport? SkipIfImported(EventFile file, string fingerprint, string target, Stopwatch clock)
    {
        using var command = Command("SELECT import_id, target FROM imports WHERE fingerprint = ? AND status = 'complete' ORDER BY import_id LIMIT 1", fingerprint);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var done = reader.GetInt32(0);
        var doneAs = reader.IsDBNull(1) ? null : reader.GetString(1);
        if (doneAs is null || doneAs == target)
        {
            return new FileImport { File = file.Display, Status = FileImportStatus.Skipped, ImportId = done, Bytes = file.Bytes, Elapsed = clock.Elapsed };
        }

        return Refused(file, $"this file was imported as {doneAs} (import {done}), so it is not {target}; nothing was imported from it", clock.Elapsed);
    }

    /// <summary>A whole input refused before anything was written (no `imports` row): the reason is its one example.</summary>
    private static FileImport Refused(EventFile file, string reason, TimeSpan elapsed) => new()
    {
        File = file.Display,
        Status = FileImportStatus.Rejected,
        Bytes = file.Bytes,
        Rejected = 1,
        Elapsed = elapsed,
        Examples = [new RowReject(0, reason, "")],
    };
}
