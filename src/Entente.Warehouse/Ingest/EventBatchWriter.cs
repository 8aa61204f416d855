using DuckDB.NET.Data;
using Entente.Import.Events;

namespace Entente.Warehouse.Ingest;

/// <summary>
/// Writes event batches into the `events` table of the current transaction, leaving out events already there:
/// (dataset, event id) is the key. Earlier files are checked through a second connection that sees only committed
/// rows, by the id range of each batch (DuckDB's zone maps make a range with no overlap cost next to nothing);
/// earlier batches of the same file by their id ranges kept here.
/// </summary>
internal sealed class EventBatchWriter(DuckDBConnection writer, DuckDBConnection committed, string dataset, int importId) : IDisposable
{
    private readonly ChunkWriter _chunks = new(writer, "events");
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

        _chunks.Flush();
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
        c.Int32(33, importId);
        c.Int64(34, b.Line[i]);
        c.EndRow();
    }

    private static void Text(ChunkWriter c, int column, TextColumn text, int row)
    {
        var length = text.Lengths[row];
        c.Text(column, length < 0 ? default : text.Buffer.AsSpan(text.Offsets[row], length), length < 0);
    }
}
