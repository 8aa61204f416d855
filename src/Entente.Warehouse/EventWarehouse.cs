using System.Globalization;
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

    private EventWarehouse(string path, DuckDBConnection connection, CameoActorMap actors, EventWarehouseOptions options)
    {
        Path = path;
        _connection = connection;
        Actors = actors;
        Options = options;
    }

    public string Path { get; }

    public CameoActorMap Actors { get; }

    public EventWarehouseOptions Options { get; }

    /// <summary>Opens (creating if needed) the warehouse at <paramref name="path"/>; refuses a file that is not one, saying so.</summary>
    public static EventWarehouse Open(string path, EventWarehouseOptions? options = null, CameoActorMap? actors = null)
    {
        var full = System.IO.Path.GetFullPath(path);
        CheckIsWarehouse(full);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        var connection = Guard(full, "open", () =>
        {
            var opened = new DuckDBConnection(ConnectionString(full));
            opened.Open();
            return opened;
        });
        var warehouse = new EventWarehouse(full, connection, actors ?? CameoActorMap.Shipped, options ?? EventWarehouseOptions.Default);
        try
        {
            warehouse.Guard("open", () =>
            {
                warehouse.Execute($"SET memory_limit = '{warehouse.Options.MemoryLimit.Replace("'", "", StringComparison.Ordinal)}'");
                warehouse.CheckSchema();
                warehouse.Execute(Schema());
                warehouse.Execute($"CREATE OR REPLACE VIEW events AS {warehouse.DecodedEvents("TRUE")}");
                if (warehouse.Scalar<long>("SELECT count(*) FROM warehouse_info WHERE key = 'schema'") == 0)
                {
                    warehouse.Execute($"INSERT INTO warehouse_info VALUES ('schema', '{SchemaVersion}')");
                }
            });
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
        Guard("checkpoint", () => Execute("CHECKPOINT"));
        return new FileInfo(Path).Length;
    }

    public long EventCount() => Guard("count events", () => Scalar<long>("SELECT count(*) FROM event_rows"));

    public void Dispose() => _connection.Dispose();

    internal DuckDBConnection Connection => _connection;

    internal DuckDBConnection OpenSecondConnection()
    {
        var second = new DuckDBConnection(ConnectionString(Path));
        second.Open();
        return second;
    }

    /// <summary>
    /// No extension is ever installed or loaded on its own: DuckDB would otherwise try to download one to read a file
    /// of another kind (a SQLite database given as the warehouse), and Entente never downloads at run time.
    /// </summary>
    private static string ConnectionString(string path) =>
        $"Data Source={path};autoinstall_known_extensions=false;autoload_known_extensions=false";

    /// <summary>Refuses, before DuckDB sees it, a path that is a folder or a file that is not a DuckDB database.</summary>
    private static void CheckIsWarehouse(string path)
    {
        if (Directory.Exists(path))
        {
            throw new WarehouseException($"{path} is a folder; the event warehouse is a file (give --warehouse FILE, e.g. events.duckdb)");
        }

        var info = new FileInfo(path);
        if (!info.Exists || info.Length == 0)
        {
            return;
        }

        // A DuckDB file starts with an 8-byte checksum and the magic "DUCK".
        Span<byte> head = stackalloc byte[16];
        int read;
        using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        {
            read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        if (read < 12 || !head[8..12].SequenceEqual("DUCK"u8))
        {
            var kind = head.StartsWith("SQLite format 3"u8) ? "a SQLite database (the evidence store?)" : "not a DuckDB database";
            throw new WarehouseException($"{path} is not an Entente event warehouse: it is {kind}. Give --warehouse a new file name or an existing events.duckdb; nothing was changed");
        }
    }

    /// <summary>Refuses a warehouse of another schema version, saying what to do, instead of writing a mixture.</summary>
    private void CheckSchema()
    {
        var hasInfo = Scalar<long>("SELECT count(*) FROM information_schema.tables WHERE table_name = 'warehouse_info'") > 0;
        var version = hasInfo ? Scalar<string>("SELECT max(value) FROM warehouse_info WHERE key = 'schema'") : null;
        if (version is null || version == SchemaVersion.ToString(CultureInfo.InvariantCulture))
        {
            return;
        }

        throw new WarehouseException(int.TryParse(version, CultureInfo.InvariantCulture, out var number) && number > SchemaVersion
            ? $"{Path} was written by a newer Entente (warehouse schema {version}; this one reads schema {SchemaVersion}). Update Entente to use it; nothing was changed"
            : $"{Path} is an event warehouse of schema {version}; this Entente reads schema {SchemaVersion}. Move it aside and import the event files again " +
              "(entente import gdelt|icews FILE...): the warehouse holds nothing that is not in those files.");
    }

    private static string Schema()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Entente.Warehouse.Schema.events.sql")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
