using System.Globalization;
using Entente.Datasets;
using Entente.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Entente.Storage.Datasets;

/// <summary>
/// Research datasets in the embedded store file: ATOP alliances and memberships, UNGA ideal points, and the rows
/// behind MME exercises. A file's valid rows and its rejects (line, reason) are stored in one transaction, so a
/// crash leaves nothing half-written; the identical file imported again changes nothing. Reads answer from the most recently imported file of each dataset and layout unless a
/// version is named, so two releases are never mixed in one answer.
/// </summary>
public sealed partial class SqliteDatasetStore : IAsyncDisposable
{
    private readonly SqliteConnection _connection;
    private readonly string _path;

    private SqliteDatasetStore(SqliteConnection connection, string path) => (_connection, _path) = (connection, path);

    public static async Task<SqliteDatasetStore> OpenAsync(string path, CancellationToken cancellationToken = default) =>
        new(await SqliteDatabase.OpenAsync(path, cancellationToken), path);

    /// <summary>Every public call goes through here, so the driver's errors reach callers as a <see cref="StoreException"/> naming the file.</summary>
    private Task<T> Guard<T>(Func<Task<T>> action) => SqliteErrors.GuardAsync(_path, action);

    /// <summary>Imported files (source records), newest first; all datasets, or one.</summary>
    public Task<IReadOnlyList<DatasetFile>> FilesAsync(string? dataset = null, CancellationToken cancellationToken = default) => Guard<IReadOnlyList<DatasetFile>>(async () =>
    {
        var files = new List<DatasetFile>();
        await using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT dataset, provider, version, layout, origin, sha256, rows_read, first_year, last_year, citation, rows_rejected
            FROM dataset_files WHERE $dataset IS NULL OR dataset = $dataset ORDER BY id DESC;
            """;
        command.Parameters.AddWithValue("$dataset", (object?)dataset ?? DBNull.Value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            files.Add(new DatasetFile(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5))
            {
                RowsRead = reader.GetInt32(6),
                FirstYear = reader.IsDBNull(7) ? null : reader.GetInt32(7),
                LastYear = reader.IsDBNull(8) ? null : reader.GetInt32(8),
                Citation = reader.IsDBNull(9) ? null : reader.GetString(9),
                RowsRejected = reader.GetInt32(10),
            });
        }

        return files;
    });

    /// <summary>The file reads answer from: the newest import of the dataset's layout (of the version, when named).</summary>
    public async Task<DatasetFile?> CurrentFileAsync(string dataset, string layout, string? version = null, CancellationToken cancellationToken = default) =>
        (await FilesAsync(dataset, cancellationToken)).FirstOrDefault(f => f.Layout == layout && (version is null || f.Version == version));

    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }

    /// <summary>The id of the current file of a dataset layout, or null when none is imported.</summary>
    private async Task<long?> CurrentFileIdAsync(string dataset, string layout, string? version, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT id FROM dataset_files WHERE dataset = $dataset AND layout = $layout AND ($version IS NULL OR version = $version)
            ORDER BY id DESC LIMIT 1;
            """;
        command.Parameters.AddWithValue("$dataset", dataset);
        command.Parameters.AddWithValue("$layout", layout);
        command.Parameters.AddWithValue("$version", (object?)version ?? DBNull.Value);
        return await command.ExecuteScalarAsync(cancellationToken) is long id ? id : null;
    }

    /// <summary>Records a file in the open transaction; null when the identical file is already recorded.</summary>
    internal static async Task<long?> RecordFileAsync(SqliteWriteSession session, DatasetFile file, IReadOnlyList<DatasetReject> rejects, CancellationToken cancellationToken)
    {
        if (await session.ScalarAsync("SELECT id FROM dataset_files WHERE dataset = $1 AND sha256 = $2;", cancellationToken, file.Dataset, file.Sha256) is not null)
        {
            return null;
        }

        var id = (long)(await session.ScalarAsync("""
            INSERT INTO dataset_files (dataset, provider, version, layout, origin, sha256, rows_read, rows_rejected, first_year, last_year, citation, imported_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id;
            """, cancellationToken, file.Dataset, file.Provider, file.Version, file.Layout, Path.GetFullPath(file.File), file.Sha256,
            file.RowsRead, rejects.Count, file.FirstYear, file.LastYear, file.Citation, DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)))!;
        foreach (var reject in rejects)
        {
            session.Execute("INSERT INTO dataset_rejects (file_id, line, reason) VALUES ($1, $2, $3);", id, reject.Line, reject.Reason);
        }

        return id;
    }

    /// <summary>The rows of imported files that could not be imported, by file and line.</summary>
    public Task<IReadOnlyList<DatasetReject>> RejectsAsync(string? dataset = null, CancellationToken cancellationToken = default) => Guard<IReadOnlyList<DatasetReject>>(async () =>
    {
        var rejects = new List<DatasetReject>();
        await using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT f.origin, r.line, r.reason FROM dataset_rejects r JOIN dataset_files f ON f.id = r.file_id
            WHERE $dataset IS NULL OR f.dataset = $dataset ORDER BY f.id, r.line;
            """;
        command.Parameters.AddWithValue("$dataset", (object?)dataset ?? DBNull.Value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rejects.Add(new DatasetReject(reader.GetString(0), reader.GetInt32(1), reader.GetString(2)));
        }

        return rejects;
    });
}
