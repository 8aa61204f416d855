using DuckDB.NET.Data;
using DuckDB.NET.Native;
using Entente.Events;

namespace Entente.Warehouse.Ingest;

/// <summary>
/// Writes event batches into `event_rows` (and the dyad rows among them into `dyad_events`) in the current
/// transaction, leaving out events already there: (dataset, event id) is the key. Earlier files are checked through a
/// second connection that sees only committed rows, by the id range of each batch (DuckDB's zone maps make a range
/// with no overlap cost next to nothing); earlier batches of the same file by their id ranges kept here.
/// </summary>
internal sealed class EventBatchWriter(DuckDBConnection writer, DuckDBConnection committed, uint datasetKey, int importId, int dyadRun) : IDisposable
{
    /// <summary>The columns of `event_rows` in the order <see cref="WriteRow"/> fills them (see Schema/events.sql).</summary>
    public static IReadOnlyList<ChunkColumn> Columns { get; } = Table(
        ("dataset", U32), ("event_id", DuckDBType.BigInt), ("event_date", DuckDBType.Date), ("date_added", DuckDBType.Timestamp),
        ("actor1_id", U32), ("actor1_code", U32), ("actor1_name", U32), ("actor1_country", U32), ("actor1_type", U32), ("actor1_sectors", U32),
        ("actor2_id", U32), ("actor2_code", U32), ("actor2_name", U32), ("actor2_country", U32), ("actor2_type", U32), ("actor2_sectors", U32),
        ("is_root_event", DuckDBType.Boolean), ("event_code", U32), ("event_base_code", U32), ("event_root_code", U32),
        ("quad_class", DuckDBType.UnsignedTinyInt), ("goldstein", DuckDBType.Double), ("num_mentions", DuckDBType.Integer),
        ("num_sources", DuckDBType.Integer), ("num_articles", DuckDBType.Integer), ("avg_tone", DuckDBType.Double), ("event_text", DuckDBType.Varchar),
        ("action_country", U32), ("action_place", U32), ("action_lat", DuckDBType.Double), ("action_long", DuckDBType.Double),
        ("publisher", U32), ("source_url", DuckDBType.Varchar), ("import_id", DuckDBType.Integer), ("line", DuckDBType.BigInt));

    private const DuckDBType U32 = DuckDBType.UnsignedInteger;

    private ChunkWriter _chunks = new(writer, "event_rows", Columns);
    private readonly DyadBuffer _dyads = new(writer, dyadRun);
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

    /// <summary>Sends what is buffered into the tables (inside the transaction); called at the end of the file.</summary>
    public void Complete()
    {
        _chunks.Flush();
        _dyads.Flush();
    }

    /// <summary>Flushes, then starts new appenders: called around a commit in the middle of a large file.</summary>
    public void Restart(Action commit)
    {
        _chunks.Flush();
        _chunks.Dispose();
        _dyads.Close();
        commit();
        _chunks = new ChunkWriter(writer, "event_rows", Columns);
    }

    public void Dispose()
    {
        _chunks.Dispose();
        _dyads.Dispose();
    }

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
        command.CommandText = "SELECT event_id FROM event_rows WHERE dataset = ? AND event_id BETWEEN ? AND ?";
        command.Parameters.Add(new DuckDBParameter(datasetKey));
        command.Parameters.Add(new DuckDBParameter(min));
        command.Parameters.Add(new DuckDBParameter(max));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            _skip.Add(reader.GetInt64(0));
        }
    }

    internal static ChunkColumn[] Table(params (string Name, DuckDBType Type)[] columns) => [.. columns.Select(c => new ChunkColumn(c.Name, c.Type))];

    private void WriteRow(EventBatch b, int i)
    {
        var c = _chunks;
        c.UInt32(0, datasetKey);
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
            c.Term(4 + t, b.Text[(int)EventText.Actor1Id + t].Keys[i]);
            c.Term(10 + t, b.Text[(int)EventText.Actor2Id + t].Keys[i]);
        }

        if (b.IsRootEvent[i] is { } root)
        {
            c.Bool(16, root);
        }
        else
        {
            c.Null(16);
        }

        c.Term(17, b[EventText.EventCode].Keys[i]);
        c.Term(18, b[EventText.EventBaseCode].Keys[i]);
        c.Term(19, b[EventText.EventRootCode].Keys[i]);
        c.Byte(20, b.QuadClass[i]);
        c.Double(21, b.Goldstein[i]);
        c.Int32(22, b.NumMentions[i]);
        c.Int32(23, b.NumSources[i]);
        c.Int32(24, b.NumArticles[i]);
        c.Double(25, b.AvgTone[i]);
        Text(c, 26, b[EventText.EventText], i);
        c.Term(27, b[EventText.ActionCountry].Keys[i]);
        c.Term(28, b[EventText.ActionPlace].Keys[i]);
        c.Double(29, b.ActionLat[i]);
        c.Double(30, b.ActionLong[i]);
        c.Term(31, b[EventText.Publisher].Keys[i]);
        Text(c, 32, b[EventText.SourceUrl], i);
        c.Int32(33, importId);
        c.Int64(34, b.Line[i]);
        c.EndRow();

        var actor1 = b[EventText.Actor1Id].Keys[i];
        var actor2 = b[EventText.Actor2Id].Keys[i];
        if (actor1 != 0 && actor2 != 0)
        {
            _dyads.Add(new DyadRow(actor1, actor2, b.EventDate[i], datasetKey, b[EventText.EventCode].Keys[i],
                b[EventText.Actor1Type].Keys[i], b[EventText.Actor2Type].Keys[i], b.QuadClass[i], b.Goldstein[i],
                b.NumMentions[i], b.NumSources[i], b.NumArticles[i], b.AvgTone[i], Signature(b, i)));
        }
    }

    /// <summary>
    /// What makes two records the same reported event for "distinct events": dataset, day, both actors (codes and ids),
    /// CAMEO code and place, as term keys (stable within a warehouse), mixed into 64 bits; a collision among 50 M
    /// events is about a 1 in 15 000 chance.
    /// </summary>
    private ulong Signature(EventBatch b, int i)
    {
        var hash = Mix(0x9E3779B97F4A7C15UL, ((ulong)datasetKey << 32) | (uint)b.EventDate[i].DayNumber);
        hash = Mix(hash, ((ulong)b[EventText.Actor1Code].Keys[i] << 32) | b[EventText.Actor1Id].Keys[i]);
        hash = Mix(hash, ((ulong)b[EventText.Actor2Code].Keys[i] << 32) | b[EventText.Actor2Id].Keys[i]);
        hash = Mix(hash, ((ulong)b[EventText.EventCode].Keys[i] << 32) | b[EventText.ActionPlace].Keys[i]);
        return Finish(hash);

        static ulong Mix(ulong hash, ulong value) => ulong.RotateLeft((hash ^ value) * 0xBF58476D1CE4E5B9UL, 31);

        // MurmurHash3's 64-bit finaliser: every input bit reaches every output bit.
        static ulong Finish(ulong h)
        {
            h ^= h >> 33;
            h *= 0xFF51AFD7ED558CCDUL;
            h ^= h >> 33;
            h *= 0xC4CEB9FE1A85EC53UL;
            return h ^ (h >> 33);
        }
    }

    private static void Text(ChunkWriter c, int column, TextColumn text, int row)
    {
        var length = text.Lengths[row];
        c.Text(column, length < 0 ? default : text.Buffer.AsSpan(text.Offsets[row], length), length < 0);
    }
}
