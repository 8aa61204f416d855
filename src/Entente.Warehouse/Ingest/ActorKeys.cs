using System.Text;

namespace Entente.Warehouse.Ingest;

/// <summary>
/// The warehouse's small integer keys for canonical actor ids (table `actor_keys`). Dyad filters compare integers
/// (`dyad_key`, `actor1_key`) instead of strings, which DuckDB scans an order of magnitude faster.
/// </summary>
internal sealed class ActorKeys
{
    private readonly Dictionary<string, ushort> _keys = new(StringComparer.Ordinal);
    private readonly List<(ushort Key, string Id)> _added = [];

    private ActorKeys()
    {
    }

    public static ActorKeys Load(EventWarehouse warehouse)
    {
        var keys = new ActorKeys();
        using var command = warehouse.Command("SELECT actor_key, actor_id FROM actor_keys");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            keys._keys[reader.GetString(1)] = (ushort)reader.GetInt32(0);
        }

        return keys;
    }

    public ushort? Find(string actorId) => _keys.TryGetValue(actorId, out var key) ? key : null;

    /// <summary>The key of an id given as UTF-8 bytes, assigning a new one on first sight.</summary>
    public ushort Get(ReadOnlySpan<byte> utf8)
    {
        Span<char> chars = stackalloc char[Encoding.UTF8.GetMaxCharCount(utf8.Length)];
        var id = chars[..Encoding.UTF8.GetChars(utf8, chars)];
        var lookup = _keys.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(id, out var key))
        {
            return key;
        }

        key = checked((ushort)(_keys.Count + 1));
        var text = id.ToString();
        _keys[text] = key;
        _added.Add((key, text));
        return key;
    }

    /// <summary>Writes the keys assigned since the last call into `actor_keys` (inside the import's transaction).</summary>
    public void Save(EventWarehouse warehouse)
    {
        foreach (var (key, id) in _added)
        {
            warehouse.Execute("INSERT INTO actor_keys VALUES (?, ?)", (int)key, id);
        }

        _added.Clear();
    }

    public static uint DyadKey(ushort a, ushort b) => ((uint)Math.Min(a, b) << 16) | Math.Max(a, b);
}
