using Entente.Actors;
using Entente.Evidence;
using Entente.Serialization;
using Entente.Sources;
using Microsoft.Data.Sqlite;

namespace Entente.Storage.Sqlite;

/// <summary>
/// The embedded evidence store: one SQLite file in WAL mode. Imports run in a single immediate
/// transaction, so a crash or a kill leaves the file exactly as it was before the import began.
/// </summary>
public sealed partial class SqliteEvidenceStore : IEvidenceStore
{
    private readonly SqliteConnection _connection;

    private SqliteEvidenceStore(string path, SqliteConnection connection)
    {
        Location = path;
        _connection = connection;
    }

    public string Location { get; }

    /// <summary>Opens (creating if needed) the store file and brings its schema up to date.</summary>
    public static async Task<SqliteEvidenceStore> OpenAsync(string path, CancellationToken cancellationToken = default) =>
        new(path, await SqliteDatabase.OpenAsync(path, cancellationToken));

    /// <summary>The schema versions this build can write, oldest first; a store is brought up to the last.</summary>
    public static IReadOnlyList<(int Version, string Name)> SchemaVersions => SqliteMigrator.Available;

    public Task<int> SchemaVersionAsync(CancellationToken cancellationToken = default) =>
        GuardAsync(() => SqliteMigrator.VersionAsync(_connection, cancellationToken));

    public Task<StoreCounts> CountAsync(CancellationToken cancellationToken = default) => GuardAsync(async () =>
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT count(*) FROM actors), (SELECT count(*) FROM sources), (SELECT count(*) FROM items),
                   (SELECT count(*) FROM record_versions WHERE record_kind = 'item'),
                   (SELECT count(*) FROM record_versions WHERE record_kind = 'source'),
                   (SELECT count(*) FROM imports);
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new StoreCounts(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5));
    });

    public async Task<EvidenceItem?> FindItemAsync(string id, CancellationToken cancellationToken = default) =>
        (await BodiesAsync<EvidenceItem>("SELECT body FROM items WHERE id = $id", cancellationToken, ("$id", id))).SingleOrDefault();

    public async Task<Source?> FindSourceAsync(string id, CancellationToken cancellationToken = default) =>
        (await BodiesAsync<Source>("SELECT body FROM sources WHERE id = $id", cancellationToken, ("$id", id))).SingleOrDefault();

    public Task<string?> OwnerAsync(string kind, string id, CancellationToken cancellationToken = default) => GuardAsync(async () =>
    {
        var table = kind switch
        {
            "actor" => "actors",
            "source" => "sources",
            "item" => "items",
            _ => throw new ArgumentException($"Unknown record kind '{kind}'; expected actor, source or item.", nameof(kind)),
        };
        await using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT owner FROM {table} WHERE id = $id;";
        command.Parameters.AddWithValue("$id", id);
        return (string?)await command.ExecuteScalarAsync(cancellationToken);
    });

    public Task<IReadOnlyList<Actor>> ActorsAsync(CancellationToken cancellationToken = default) =>
        BodiesAsync<Actor>("SELECT body FROM actors ORDER BY id", cancellationToken);

    public Task<IReadOnlyList<RecordVersion<EvidenceItem>>> ItemHistoryAsync(string id, CancellationToken cancellationToken = default) => GuardAsync<IReadOnlyList<RecordVersion<EvidenceItem>>>(async () =>
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT v.version, v.import_id, m.started_at, v.body FROM record_versions v JOIN imports m ON m.id = v.import_id
            WHERE v.record_kind = 'item' AND v.record_id = $id
            UNION ALL
            SELECT i.version, i.import_id, m.started_at, i.body FROM items i JOIN imports m ON m.id = i.import_id WHERE i.id = $id
            ORDER BY 1;
            """;
        command.Parameters.AddWithValue("$id", id);
        var versions = new List<RecordVersion<EvidenceItem>>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(new RecordVersion<EvidenceItem>(
                reader.GetInt32(0), reader.GetInt64(1), DateTimeOffset.Parse(reader.GetString(2), System.Globalization.CultureInfo.InvariantCulture),
                EntenteJson.Deserialize<EvidenceItem>(reader.GetString(3))));
        }

        return versions;
    });

    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }

    /// <summary>Every public operation runs through this: a driver error leaves as a <see cref="StoreException"/> naming the file.</summary>
    private Task<T> GuardAsync<T>(Func<Task<T>> action) => SqliteErrors.GuardAsync(Location, action);

    private Task<IReadOnlyList<T>> BodiesAsync<T>(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters) => GuardAsync<IReadOnlyList<T>>(async () =>
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var results = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            results.Add(EntenteJson.Deserialize<T>(reader.GetString(0)));
        }

        return results;
    });
}
