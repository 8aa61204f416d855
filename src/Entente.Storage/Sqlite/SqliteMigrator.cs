using System.Reflection;
using Microsoft.Data.Sqlite;

namespace Entente.Storage.Sqlite;

/// <summary>
/// Applies the embedded `Migrations/NNNN_name.sql` scripts in order, each in its own transaction,
/// recording the schema version in `PRAGMA user_version`.
/// </summary>
internal static class SqliteMigrator
{
    private const string Prefix = "Entente.Storage.Sqlite.Migrations.";

    public static IReadOnlyList<(int Version, string Name)> Available { get; } = [.. Scripts().Select(s => (s.Version, s.Name))];

    public static int Latest => Available.Count == 0 ? 0 : Available[^1].Version;

    public static async Task MigrateAsync(string path, SqliteConnection connection, CancellationToken cancellationToken)
    {
        var current = await VersionAsync(connection, cancellationToken);
        if (current > Latest)
        {
            throw new StoreException(path,
                $"{path} was written by a newer Entente (store schema {current}; this one reads up to {Latest}): upgrade Entente to use it");
        }

        foreach (var script in Scripts().Where(s => s.Version > current))
        {
            await using var transaction = connection.BeginTransaction();
            await using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = $"{script.Sql}\nPRAGMA user_version = {script.Version};";
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
    }

    public static async Task<int> VersionAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static IEnumerable<(int Version, string Name, string Sql)> Scripts()
    {
        var assembly = Assembly.GetExecutingAssembly();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var name = resource[Prefix.Length..^".sql".Length];
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            yield return (int.Parse(name[..4], System.Globalization.CultureInfo.InvariantCulture), name, reader.ReadToEnd());
        }
    }
}
