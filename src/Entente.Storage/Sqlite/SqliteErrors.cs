using Microsoft.Data.Sqlite;

namespace Entente.Storage.Sqlite;

/// <summary>
/// Turns the SQLite driver's errors into a <see cref="StoreException"/> that names the file and says what to do,
/// so that no caller ever sees the driver's type or its numeric codes.
/// </summary>
internal static class SqliteErrors
{
    public static StoreException Translate(string path, SqliteException error) => new(path, error.SqliteErrorCode switch
    {
        // SQLITE_BUSY, SQLITE_LOCKED
        5 or 6 => $"{path} is in use by another Entente (or another program) that is writing to it; try again when it has finished",
        // SQLITE_READONLY
        8 => $"{path} is read-only; give a --db you can write to",
        // SQLITE_IOERR
        10 => $"{path} could not be read or written (an I/O error: {Reason(error)}); check the disk, or give another --db",
        // SQLITE_CORRUPT, SQLITE_NOTADB
        11 or 26 => $"{path} is not an Entente evidence store (not a SQLite database, or a damaged one); give another --db, or move the file aside and run 'entente init'",
        // SQLITE_FULL
        13 => $"the disk holding {path} is full; free some space and try again (the store is unchanged)",
        // SQLITE_CANTOPEN
        14 => $"{path} cannot be opened as a store ({(Directory.Exists(path) ? "it is a directory" : "no permission, or the folder cannot be created")}); give a file path with --db",
        _ => $"{path}: the evidence store failed ({Reason(error)})",
    }, error);

    public static async Task<T> GuardAsync<T>(string path, Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (SqliteException error)
        {
            throw Translate(path, error);
        }
    }

    /// <summary>The driver's message without its "SQLite Error N:" prefix, on one line.</summary>
    private static string Reason(SqliteException error)
    {
        var message = error.Message;
        var colon = message.IndexOf(": ", StringComparison.Ordinal);
        message = message.StartsWith("SQLite Error", StringComparison.Ordinal) && colon > 0 ? message[(colon + 2)..] : message;
        return message.ReplaceLineEndings(" ").Trim().TrimEnd('.');
    }
}
