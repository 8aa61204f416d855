using Microsoft.Data.Sqlite;

namespace Entente.Storage.Sqlite;

/// <summary>Opens the store file the way every part of Entente must: WAL, full sync, foreign keys, schema up to date.</summary>
internal static class SqliteDatabase
{
    public static async Task<SqliteConnection> OpenAsync(string path, CancellationToken cancellationToken)
    {
        if (Directory.Exists(path))
        {
            throw new StoreException(path, $"{path} is a directory; give the store's file path with --db (for example {Path.Combine(path, "entente.db")})");
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            try
            {
                Directory.CreateDirectory(directory);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                throw new StoreException(path, $"the folder for {path} cannot be created ({error.Message.TrimEnd('.')}); give another --db", error);
            }
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            ForeignKeys = true,
            DefaultTimeout = 30,
        }.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using (var pragmas = connection.CreateCommand())
            {
                pragmas.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;";
                await pragmas.ExecuteNonQueryAsync(cancellationToken);
            }

            await SqliteMigrator.MigrateAsync(path, connection, cancellationToken);
            return connection;
        }
        catch (SqliteException error)
        {
            await connection.DisposeAsync();
            throw SqliteErrors.Translate(path, error);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
