using DuckDB.NET.Data;
using Entente.Import.Events;

namespace Entente.Warehouse.Ingest;

/// <summary>
/// Writes event batches into the `events` table of the current transaction, leaving out events already there:
/// (dataset, event id) is the key. Earlier files are checked through a second connection that sees only committed
/// rows, by the id range of each batch (DuckDB's zone maps make a range with no overlap cost next to nothing);
/// earlier batches of the same file by their id ranges kept here.
/// </summary>
internal sealed class EventBatchWriter(DuckDBConnection writer, DuckDBConnection committed, string dataset, int importId, ActorKeys actorKeys) : IDisposable
{
    private ChunkWriter _chunks = new(writer, "events");
    private readonly byte[] _dataset = System.Text.Encoding.UTF8.GetBytes(dataset);
    private readonly List<(long Min, long Max)> _written = [];
    private readonly HashSet<long> _skip = [];

    public long Added { get; private set; }
    public long Duplicates { get; private set; }

    public void Write(EventBatch batch)
    {
        if (batch.Count == 0)
        {
            return;
        }

        FindDuplicates(batch);
        for (var i = 0; i < batch.Count; i++)
        {
            var id = batch.EventId[i];
            if (_skip.Count > 0 && !_skip.Add(id))
            {
                Duplicates++;
                continue;
            }

            WriteRow(batch, i);
            Added++;
        }

    }

    /// <summary>Sends what is buffered into the table (inside the transaction); called at the end of the file.</summary>
    public void Complete() => _chunks.Flush();

    /// <summary>Flushes, then starts a new appender: called around a commit in the middle of a large file.</summary>
    public void Restart(Action commit)
    {
        _chunks.Flush();
        _chunks.Dispose();
        commit();
        _chunks = new ChunkWriter(writer, "events");
    }


    public void Dispose() => _chunks.Dispose();

    /// <summary>Fills <see cref="_skip"/> with ids already stored; leaves it empty when the batch holds only new, distinct ids.</summary>
    private void FindDuplicates(EventBatch batch)
    {
        _skip.Clear();
        long min = long.MaxValue, max = long.MinValue, previous = long.MinValue;
        var increasing = true;
        for (var i = 0; i < batch.Count; i++)
        {
            var id = batch.EventId[i];
            min = Math.Min(min, id);
            max = Math.Max(max, id);
            increasing &= id > previous;
            previous = id;
        }

        var overlapsThisFile = _written.Exists(r => r.Min <= max && min <= r.Max);
        AddStored(committed, min, max);
        if (overlapsThisFile)
        {
            // The rows of this file must be in the table before the table can be asked about them.
            _chunks.Flush();
            AddStored(writer, min, max);
        }

        // A set with a sentinel makes the row loop check every id, catching repeats inside the batch too.
        if (!increasing && _skip.Count == 0)
        {
            _skip.Add(long.MinValue);
        }

        // Ids usually rise through a file: one growing range. A range covering ids not written only costs an extra check.
        if (_written.Count > 0 && _written[^1].Max < min)
        {
            _written[^1] = (_written[^1].Min, max);
        }
        else
        {
            _written.Add((min, max));
        }
    }

    private void AddStored(DuckDBConnection connection, long min, long max)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT event_id FROM events WHERE dataset = ? AND event_id BETWEEN ? AND ?";
        command.Parameters.Add(new DuckDBParameter(dataset));
        command.Parameters.Add(new DuckDBParameter(min));
        command.Parameters.Add(new DuckDBParameter(max));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            _skip.Add(reader.GetInt64(0));
        }
    }

    private void WriteRow(EventBatch b, int i)
    {
        var c = _chunks;
        c.Text(0, _dataset, false);
        c.Int64(1, b.EventId[i]);
        c.Date(2, b.EventDate[i]);
        if (b.DateAdded[i] is { } added)
        {
            c.Timestamp(3, added);
        }
        else
        {
            c.Null(3);
        }

        for (var t = 0; t < 6; t++)
        {
            Text(c, 4 + t, b.Text[(int)EventText.Actor1Id + t], i);
            Text(c, 10 + t, b.Text[(int)EventText.Actor2Id + t], i);
        }

        if (b.IsRootEvent[i] is { } root)
        {
            c.Bool(16, root);
        }
        else
        {
            c.Null(16);
        }

        Text(c, 17, b[EventText.EventCode], i);
        Text(c, 18, b[EventText.EventBaseCode], i);
        Text(c, 19, b[EventText.EventRootCode], i);
        if (b.QuadClass[i] is { } quad)
        {
            c.Byte(20, quad);
        }
        else
        {
            c.Null(20);
        }

        c.Double(21, b.Goldstein[i]);
        c.Int32(22, b.NumMentions[i]);
        c.Int32(23, b.NumSources[i]);
        c.Int32(24, b.NumArticles[i]);
        c.Double(25, b.AvgTone[i]);
        Text(c, 26, b[EventText.EventText], i);
        Text(c, 27, b[EventText.ActionCountry], i);
        Text(c, 28, b[EventText.ActionPlace], i);
        c.Double(29, b.ActionLat[i]);
        c.Double(30, b.ActionLong[i]);
        Text(c, 31, b[EventText.Publisher], i);
        Text(c, 32, b[EventText.SourceUrl], i);
        var key1 = Key(c, 33, b[EventText.Actor1Id], i);
        var key2 = Key(c, 34, b[EventText.Actor2Id], i);
        if (key1 is { } k1 && key2 is { } k2)
        {
            c.Int32(35, (int)ActorKeys.DyadKey(k1, k2));
        }
        else
        {
            c.Null(35);
        }

        c.Int64(36, (long)Signature(b, i));
        c.Int32(37, importId);
        c.Int64(38, b.Line[i]);
        c.EndRow();
    }

    /// <summary>
    /// What makes two records the same reported event for "distinct events": dataset, day, both actors (codes and ids),
    /// CAMEO code and place. FNV-1a over their bytes; 64 bits make a collision among 50 M events about 1 in 15 000.
    /// </summary>
    private ulong Signature(EventBatch b, int i)
    {
        var hash = 14695981039346656037UL;
        hash = Mix(hash, _dataset);
        Span<byte> day = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(day, b.EventDate[i].DayNumber);
        hash = Mix(hash, day);
        foreach (var column in SignatureColumns)
        {
            var text = b[column];
            hash = Mix(hash, text.Lengths[i] < 0 ? [] : text.Buffer.AsSpan(text.Offsets[i], text.Lengths[i]));
            hash = Mix(hash, [0xFF]);
        }

        return hash;

        static ulong Mix(ulong hash, ReadOnlySpan<byte> bytes)
        {
            foreach (var b in bytes)
            {
                hash = (hash ^ b) * 1099511628211UL;
            }

            return hash;
        }
    }

    private static readonly EventText[] SignatureColumns =
        [EventText.Actor1Code, EventText.Actor1Id, EventText.Actor2Code, EventText.Actor2Id, EventText.EventCode, EventText.ActionPlace];

    private ushort? Key(ChunkWriter c, int column, TextColumn ids, int row)
    {
        if (ids.Lengths[row] < 0)
        {
            c.Null(column);
            return null;
        }

        var key = actorKeys.Get(ids.Buffer.AsSpan(ids.Offsets[row], ids.Lengths[row]));
        c.UInt16(column, key);
        return key;
    }

    private static void Text(ChunkWriter c, int column, TextColumn text, int row)
    {
        var length = text.Lengths[row];
        c.Text(column, length < 0 ? default : text.Buffer.AsSpan(text.Offsets[row], length), length < 0);
    }
}
