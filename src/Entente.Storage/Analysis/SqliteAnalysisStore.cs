using System.Globalization;
using Entente.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Entente.Storage.Analysis;

/// <summary>
/// ACH matrices, watch rules and forecast logs in the evidence store file, beside the items they refer to (so a rating or a
/// resolution naming a missing item is refused inside the same transaction). Every write is a revision; nothing is overwritten.
/// </summary>
public sealed partial class SqliteAnalysisStore : IAsyncDisposable
{
    private readonly SqliteConnection _connection;

    private SqliteAnalysisStore(SqliteConnection connection) => _connection = connection;

    public static async Task<SqliteAnalysisStore> OpenAsync(string path, CancellationToken cancellationToken = default) =>
        new(await SqliteDatabase.OpenAsync(path, cancellationToken));

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private static async Task<long> RevisionAsync(SqliteWriteSession session, string kind, string subject, string author, string origin, CancellationToken cancellationToken) =>
        (long)(await session.ScalarAsync("INSERT INTO analysis_revisions (kind, subject, author, origin, at) VALUES ($1, $2, $3, $4, $5) RETURNING id;",
            cancellationToken, kind, subject, author, origin, DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)))!;

    private static async Task<bool> ItemExistsAsync(SqliteWriteSession session, string item, CancellationToken cancellationToken) =>
        await session.ScalarAsync("SELECT 1 FROM items WHERE id = $1;", cancellationToken, item) is not null;

    private async Task<List<T>> ReadAsync<T>(string sql, Func<SqliteDataReader, T> read, CancellationToken cancellationToken, params object?[] values)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue($"${i + 1}", values[i] ?? DBNull.Value);
        }

        var results = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            results.Add(read(reader));
        }

        return results;
    }
}
