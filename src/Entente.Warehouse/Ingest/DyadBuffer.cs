using DuckDB.NET.Data;
using DuckDB.NET.Native;

namespace Entente.Warehouse.Ingest;

/// <summary>
/// Collects dyad rows and writes them to `dyad_events` sorted by (dyad, date), a run at a time: when the buffer is
/// full and before every commit. Sorted runs give DuckDB's zone maps narrow dyad ranges per row group, so a dyad's
/// series reads a few row groups of each run instead of all of them.
/// </summary>
/// <remarks>Longer runs mean fewer places a dyad's rows sit in; <see cref="Capacity"/> rows cost about 100 bytes each.</remarks>
internal sealed class DyadBuffer(DuckDBConnection connection, int capacity) : IDisposable
{
    /// <summary>The columns of `dyad_events` in the order <see cref="Write"/> fills them (see Schema/events.sql).</summary>
    public static IReadOnlyList<ChunkColumn> Columns { get; } = EventBatchWriter.Table(
        ("dyad_key", DuckDBType.UnsignedBigInt), ("actor1_id", U32), ("actor2_id", U32), ("event_date", DuckDBType.Date), ("dataset", U32),
        ("event_code", U32), ("actor1_type", U32), ("actor2_type", U32), ("quad_class", DuckDBType.UnsignedTinyInt), ("goldstein", DuckDBType.Double),
        ("num_mentions", DuckDBType.Integer), ("num_sources", DuckDBType.Integer), ("num_articles", DuckDBType.Integer), ("avg_tone", DuckDBType.Double),
        ("signature", DuckDBType.UnsignedBigInt));

    private const DuckDBType U32 = DuckDBType.UnsignedInteger;

    private readonly DyadRow[] _rows = new DyadRow[capacity];
    private readonly UInt128[] _order = new UInt128[capacity];
    private int _count;
    private ChunkWriter? _writer;

    public int Capacity => capacity;

    public void Add(in DyadRow row)
    {
        _rows[_count++] = row;
        if (_count == capacity)
        {
            Flush();
        }
    }

    /// <summary>Writes the buffered run into the table (inside the current transaction).</summary>
    public void Flush()
    {
        if (_count == 0)
        {
            return;
        }

        // One 128-bit sort key per row: dyad, then day, then the row's place in the buffer (which also makes it unique).
        for (var i = 0; i < _count; i++)
        {
            ref readonly var row = ref _rows[i];
            _order[i] = ((UInt128)row.DyadKey << 64) | ((ulong)(uint)row.Date.DayNumber << 32) | (uint)i;
        }

        Array.Sort(_order, 0, _count);
        _writer ??= new ChunkWriter(connection, "dyad_events", Columns);
        for (var i = 0; i < _count; i++)
        {
            Write(_writer, _rows[(int)(uint)_order[i]]);
        }

        _writer.Flush();
        _count = 0;
    }

    /// <summary>Ends the appender, as a commit in the middle of a file needs (a new one is made for the next run).</summary>
    public void Close()
    {
        Flush();
        _writer?.Dispose();
        _writer = null;
    }

    public void Dispose() => _writer?.Dispose();

    private static void Write(ChunkWriter c, in DyadRow row)
    {
        c.UInt64(0, row.DyadKey);
        c.UInt32(1, row.Actor1);
        c.UInt32(2, row.Actor2);
        c.Date(3, row.Date);
        c.UInt32(4, row.Dataset);
        c.UInt32(5, row.EventCode);
        c.Term(6, row.Actor1Type);
        c.Term(7, row.Actor2Type);
        c.Byte(8, row.QuadClass);
        c.Double(9, row.Goldstein);
        c.Int32(10, row.Mentions);
        c.Int32(11, row.Sources);
        c.Int32(12, row.Articles);
        c.Double(13, row.Tone);
        c.UInt64(14, row.Signature);
        c.EndRow();
    }
}
