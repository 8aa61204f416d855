using System.Reflection;
using DuckDB.NET.Data;
using Entente.Cameo;

namespace Entente.Warehouse;

/// <summary>
/// The event warehouse: one persistent DuckDB file (`events.duckdb` beside the evidence store) holding GDELT and
/// ICEWS events in typed columns, with their provenance, the imports made and the rows rejected.
/// </summary>
public sealed partial class EventWarehouse : IDisposable
{
    public const int SchemaVersion = 1;

    private readonly DuckDBConnection _connection;

    private EventWarehouse(string path, DuckDBConnection connection, CameoActorMap actors)
    {
        Path = path;
        _connection = connection;
        Actors = actors;
    }

    public string Path { get; }

    public CameoActorMap Actors { get; }

    /// <summary>DuckDB's memory ceiling for this warehouse (imports stream, so they need little).</summary>
    public static string MemoryLimit { get; set; } = "512MB";

    /// <summary>Opens (creating if needed) the warehouse at <paramref name="path"/>.</summary>
    public static EventWarehouse Open(string path, CameoActorMap? actors = null)
    {
        var full = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        var connection = new DuckDBConnection($"Data Source={full}");
        connection.Open();
        var warehouse = new EventWarehouse(full, connection, actors ?? CameoActorMap.Shipped);
        warehouse.Execute($"SET memory_limit = '{MemoryLimit}'");
        warehouse.Execute(Schema());
        if (warehouse.Scalar<long>("SELECT count(*) FROM warehouse_info WHERE key = 'schema'") == 0)
        {
            warehouse.Execute($"INSERT INTO warehouse_info VALUES ('schema', '{SchemaVersion}')");
        }

        return warehouse;
    }

    /// <summary>The file size on disk, after a checkpoint.</summary>
    public long Bytes()
    {
        Execute("CHECKPOINT");
        return new FileInfo(Path).Length;
    }

    public long EventCount() => Scalar<long>("SELECT count(*) FROM events");

    public void Dispose() => _connection.Dispose();

    internal DuckDBConnection Connection => _connection;

    internal DuckDBConnection OpenSecondConnection()
    {
        var second = new DuckDBConnection($"Data Source={Path}");
        second.Open();
        return second;
    }

    internal void Execute(string sql, params object?[] parameters)
    {
        using var command = Command(sql, parameters);
        command.ExecuteNonQuery();
    }

    internal T Scalar<T>(string sql, params object?[] parameters)
    {
        using var command = Command(sql, parameters);
        var value = command.ExecuteScalar();
        return value is null or DBNull ? default! : (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    internal DuckDBCommand Command(string sql, params object?[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new DuckDBParameter(parameter ?? DBNull.Value));
        }

        return command;
    }

    private static string Schema()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Entente.Warehouse.Schema.0001_events.sql")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
