using System.Runtime.CompilerServices;
using DuckDB.NET.Data;
using DuckDB.NET.Native;

namespace Entente.Warehouse.Ingest;

/// <summary>
/// Appends rows to a DuckDB table by filling the appender's data chunks in place through the C API: fixed-width values
/// are stored straight into vector memory, strings of up to 12 bytes are inlined, longer ones are copied by DuckDB.
/// This is the ingest path's hot loop; DuckDB.NET's row appender costs several times more per value.
/// </summary>
/// <remarks>Writes go into the connection's current transaction. One writer per connection and thread.</remarks>
internal sealed unsafe class ChunkWriter : IDisposable
{
    private const int VectorSize = 2048;
    private readonly DuckDB.NET.Native.DuckDBAppender _appender;
    private readonly DuckDBDataChunk _chunk;
    private readonly IntPtr[] _vectors;
    private readonly byte*[] _data;
    private readonly ulong*[] _validity;
    private readonly string _table;
    private readonly int _columns;

    /// <summary>
    /// Opens an appender on <paramref name="table"/> and checks that its columns are, in order, the names and types
    /// the caller writes by position: a schema edit the writer does not know becomes an error here, never a write out
    /// of a vector's bounds.
    /// </summary>
    public ChunkWriter(DuckDBConnection connection, string table, IReadOnlyList<ChunkColumn> expected)
    {
        _table = table;
        var names = ColumnNames(connection, table);
        if (NativeMethods.Appender.DuckDBAppenderCreate(connection.NativeConnection, null!, table, out _appender) != DuckDBState.Success)
        {
            throw new WarehouseException($"cannot append to {table}: no such table or it is in use");
        }

        _columns = (int)NativeMethods.Appender.DuckDBAppenderColumnCount(_appender);
        var types = new IntPtr[_columns];
        var actual = new List<ChunkColumn>(_columns);
        for (var i = 0; i < _columns; i++)
        {
            var type = NativeMethods.Appender.DuckDBAppenderColumnType(_appender, (ulong)i);
            actual.Add(new ChunkColumn(i < names.Count ? names[i] : "?", NativeMethods.LogicalType.DuckDBGetTypeId(type)));
            types[i] = type.DangerousGetHandle();
        }

        if (!actual.SequenceEqual(expected))
        {
            _appender.Dispose();
            throw new WarehouseException(
                $"the warehouse table {table} has columns ({Describe(actual)}), but this Entente writes ({Describe(expected)}). " +
                "The schema was edited without the writer: nothing was written. Move the warehouse aside and import the event files again");
        }

        _chunk = NativeMethods.DataChunks.DuckDBCreateDataChunk(types, (ulong)_columns);
        _vectors = new IntPtr[_columns];
        _data = new byte*[_columns];
        _validity = new ulong*[_columns];
        Prepare();
    }

    /// <summary>Rows filled in the current chunk; the next row is written at this index.</summary>
    public int Row { get; private set; }

    public void Null(int column) => _validity[column][Row >> 6] &= ~(1UL << (Row & 63));

    public void Int64(int column, long value) => ((long*)_data[column])[Row] = value;

    public void Int32(int column, int value) => ((int*)_data[column])[Row] = value;

    public void UInt32(int column, uint value) => ((uint*)_data[column])[Row] = value;

    public void UInt64(int column, ulong value) => ((ulong*)_data[column])[Row] = value;

    /// <summary>A term key; 0 (no value) stores NULL.</summary>
    public void Term(int column, uint key)
    {
        if (key == 0)
        {
            Null(column);
        }
        else
        {
            UInt32(column, key);
        }
    }

    public void Byte(int column, byte? value)
    {
        if (value is { } v)
        {
            Byte(column, v);
        }
        else
        {
            Null(column);
        }
    }

    public void Double(int column, double value) => ((double*)_data[column])[Row] = value;

    public void Byte(int column, byte value) => _data[column][Row] = value;

    public void Bool(int column, bool value) => _data[column][Row] = value ? (byte)1 : (byte)0;

    public void Date(int column, DateOnly value) => Int32(column, value.DayNumber - EpochDay);

    public void Timestamp(int column, DateTime value) => Int64(column, (value.Ticks - DateTime.UnixEpoch.Ticks) / 10);

    public void Int32(int column, int? value)
    {
        if (value is { } v)
        {
            Int32(column, v);
        }
        else
        {
            Null(column);
        }
    }

    public void Double(int column, double? value)
    {
        if (value is { } v)
        {
            Double(column, v);
        }
        else
        {
            Null(column);
        }
    }

    /// <summary>A UTF-8 string; an empty span (default) stores NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Text(int column, ReadOnlySpan<byte> utf8, bool isNull)
    {
        if (isNull)
        {
            Null(column);
            return;
        }

        if (utf8.Length <= 12)
        {
            // duckdb_string_t inlined form: uint32 length, then up to 12 bytes, zero-padded.
            var slot = _data[column] + (Row * 16);
            *(uint*)slot = (uint)utf8.Length;
            *(ulong*)(slot + 4) = 0;
            *(uint*)(slot + 12) = 0;
            utf8.CopyTo(new Span<byte>(slot + 4, 12));
            return;
        }

        // The bytes come from Encoding.UTF8, so they are valid UTF-8: DuckDB's validating copy is not needed.
        fixed (byte* bytes = utf8)
        {
            NativeMethods.Vectors.DuckDBUnsafeVectorAssignStringElementLength(_vectors[column], (ulong)Row, bytes, utf8.Length);
        }
    }

    /// <summary>Ends the current row; a full chunk goes to DuckDB.</summary>
    public void EndRow()
    {
        Row++;
        if (Row == VectorSize)
        {
            Send();
        }
    }

    /// <summary>Sends what is buffered and flushes the appender into the table (still inside the transaction).</summary>
    public void Flush()
    {
        if (Row > 0)
        {
            Send();
        }

        Check(NativeMethods.Appender.DuckDBAppenderFlush(_appender));
    }

    public void Dispose()
    {
        NativeMethods.Appender.DuckDBAppenderClose(_appender);
        _chunk.Dispose();
        _appender.Dispose();
    }

    private static readonly int EpochDay = DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;

    private void Send()
    {
        NativeMethods.DataChunks.DuckDBDataChunkSetSize(_chunk, (ulong)Row);
        Check(NativeMethods.Appender.DuckDBAppendDataChunk(_appender, _chunk));
        NativeMethods.DataChunks.DuckDBDataChunkReset(_chunk);
        Prepare();
    }

    private void Prepare()
    {
        Row = 0;
        for (var i = 0; i < _columns; i++)
        {
            _vectors[i] = NativeMethods.DataChunks.DuckDBDataChunkGetVector(_chunk, i);
            _data[i] = (byte*)NativeMethods.Vectors.DuckDBVectorGetData(_vectors[i]);
            NativeMethods.Vectors.DuckDBVectorEnsureValidityWritable(_vectors[i]);
            _validity[i] = NativeMethods.Vectors.DuckDBVectorGetValidity(_vectors[i]);
            new Span<ulong>(_validity[i], VectorSize / 64).Fill(ulong.MaxValue);
        }
    }

    private static List<string> ColumnNames(DuckDBConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position";
        command.Parameters.Add(new DuckDBParameter(table));
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static string Describe(IEnumerable<ChunkColumn> columns) => string.Join(", ", columns.Select(c => $"{c.Name} {c.Type}"));

    private void Check(DuckDBState state)
    {
        if (state != DuckDBState.Success)
        {
            throw new WarehouseException($"appending to the warehouse table {_table} failed (DuckDB returned an error): the disk may be full or the file damaged");
        }
    }
}
