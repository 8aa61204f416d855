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
    /// <summary>2: coded text stored as term keys, dyad_events (1 stored strings; its warehouses must be imported again).</summary>
    public const int SchemaVersion = 2;

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
    public static string MemoryLimit { get; set; } = "384MB";

    /// <summary>Opens (creating if needed) the warehouse at <paramref name="path"/>.</summary>
    public static EventWarehouse Open(string path, CameoActorMap? actors = null)
    {
        var full = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        var connection = new DuckDBConnection($"Data Source={full}");
        connection.Open();
        var warehouse = new EventWarehouse(full, connection, actors ?? CameoActorMap.Shipped);
        try
        {
            warehouse.Execute($"SET memory_limit = '{MemoryLimit}'");
            warehouse.CheckSchema(full);
            warehouse.Execute(Schema());
            warehouse.Execute($"CREATE OR REPLACE VIEW events AS {warehouse.DecodedEvents("TRUE")}");
            if (warehouse.Scalar<long>("SELECT count(*) FROM warehouse_info WHERE key = 'schema'") == 0)
            {
                warehouse.Execute($"INSERT INTO warehouse_info VALUES ('schema', '{SchemaVersion}')");
            }
        }
        catch
        {
            warehouse.Dispose();
            throw;
        }

        return warehouse;
    }

    /// <summary>The file size on disk, after a checkpoint.</summary>
    public long Bytes()
    {
        Execute("CHECKPOINT");
        return new FileInfo(Path).Length;
    }

    public long EventCount() => Scalar<long>("SELECT count(*) FROM event_rows");

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

    /// <summary>Refuses a warehouse of another schema version, saying what to do, instead of writing a mixture.</summary>
    private void CheckSchema(string path)
    {
        var hasInfo = Scalar<long>("SELECT count(*) FROM information_schema.tables WHERE table_name = 'warehouse_info'") > 0;
        var version = hasInfo ? Scalar<string>("SELECT max(value) FROM warehouse_info WHERE key = 'schema'") : null;
        if (version is not null && version != SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            throw new WarehouseSchemaException(
                $"{path} is an event warehouse of schema {version}; this Entente reads schema {SchemaVersion}. Move it aside and import the event files again " +
                "(entente import gdelt|icews FILE...): the warehouse holds nothing that is not in those files.");
        }
    }

    private static string Schema()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Entente.Warehouse.Schema.events.sql")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
