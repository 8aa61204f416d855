using Microsoft.Data.Sqlite;

namespace Entente.Storage.Sqlite;

/// <summary>
/// One write transaction and the statements it runs, each prepared once and re-bound per record:
/// an import of tens of thousands of records must not re-parse its SQL for every row.
/// </summary>
internal sealed class SqliteWriteSession(SqliteTransaction transaction) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public SqliteTransaction Transaction { get; } = transaction;

    /// <summary>A command for the SQL with positional parameters $1, $2, ... bound to the values given.</summary>
    public SqliteCommand Command(string sql, params object?[] values)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = Transaction.Connection!.CreateCommand();
            command.Transaction = Transaction;
            command.CommandText = sql;
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters.Add(new SqliteParameter($"${i + 1}", null));
            }

            _commands[sql] = command;
        }

        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command;
    }

    /// <summary>Synchronous, for bulk loops: SQLite does the work on this thread anyway, and a task per row only adds overhead.</summary>
    public int Execute(string sql, params object?[] values) => Command(sql, values).ExecuteNonQuery();

    public Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params object?[] values) =>
        Command(sql, values).ExecuteNonQueryAsync(cancellationToken);

    public async Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken, params object?[] values) =>
        await Command(sql, values).ExecuteScalarAsync(cancellationToken);

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
    }
}
