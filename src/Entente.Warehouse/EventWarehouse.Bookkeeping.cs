using Entente.Import.Events;

namespace Entente.Warehouse;

public sealed partial class EventWarehouse
{
    /// <summary>The `imports` row of a file's import, written when it starts and when it ends, with the outcome.</summary>
    private sealed record ImportRecord(EventFile File, int ImportId, System.Diagnostics.Stopwatch Clock);

    /// <summary>Starts a file's import: a transaction and its `imports` row, marked running.</summary>
    private ImportRecord BeginImport(EventFile file, string fingerprint, System.Diagnostics.Stopwatch clock)
    {
        var importId = Scalar<int>("SELECT coalesce(max(import_id), 0) + 1 FROM imports");
        Execute("BEGIN TRANSACTION");
        Execute("INSERT INTO imports (import_id, path, name, release, fingerprint, bytes, started_at, status) VALUES (?, ?, ?, ?, ?, ?, now(), 'running')",
            importId, file.Display, file.Name, Release(file), fingerprint, file.Bytes);
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

    /// <summary>A file already imported whole (same fingerprint) is skipped: re-running an import adds nothing.</summary>
    private FileImport? SkipIfImported(EventFile file, string fingerprint, System.Diagnostics.Stopwatch clock) =>
        CompletedImport(fingerprint) is { } done
            ? new FileImport { File = file.Display, Status = FileImportStatus.Skipped, ImportId = done, Bytes = file.Bytes, Elapsed = clock.Elapsed }
            : null;

    /// <summary>The import id of a complete import of the same content, if any.</summary>
    private int? CompletedImport(string fingerprint)
    {
        var id = Scalar<int>("SELECT coalesce(min(import_id), 0) FROM imports WHERE fingerprint = ? AND status = 'complete'", fingerprint);
        return id == 0 ? null : id;
    }
}
