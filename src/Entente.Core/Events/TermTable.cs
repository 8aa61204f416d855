using System.Collections.Concurrent;

namespace Entente.Events;

/// <summary>
/// Integer keys for the coded text of events: CAMEO codes, country and type codes, registry actor ids, actor names,
/// places, publishers. A warehouse stores the key, not the string, so its columns are small integers that DuckDB
/// stores and filters cheaply; the strings live once each in a terms table.
/// </summary>
/// <remarks>
/// Keys are dense from 1, in order of first sight, and never change. One thread (the parser) assigns keys; the terms
/// it adds wait in <see cref="TakeAdded"/> for the thread that stores them. Memory grows with the distinct terms
/// (codes, names, places), not with the number of events.
/// </remarks>
public sealed class TermTable
{
    private readonly Dictionary<string, uint> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, uint>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly ConcurrentQueue<Term> _added = new();

    public TermTable(IEnumerable<Term>? stored = null)
    {
        _bySpan = _keys.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var term in stored ?? [])
        {
            _keys[term.Text] = term.Key;
        }
    }

    public int Count => _keys.Count;

    /// <summary>The key of <paramref name="text"/>, assigning the next one on first sight. Not thread-safe: one parser at a time.</summary>
    public uint Key(ReadOnlySpan<char> text)
    {
        if (_bySpan.TryGetValue(text, out var key))
        {
            return key;
        }

        key = checked((uint)_keys.Count + 1);
        var term = new Term(key, text.ToString());
        _keys[term.Text] = key;
        _added.Enqueue(term);
        return key;
    }

    /// <summary>Terms added since the last call, for storing. Safe to call from another thread than <see cref="Key"/>'s.</summary>
    public IReadOnlyList<Term> TakeAdded()
    {
        var taken = new List<Term>();
        while (_added.TryDequeue(out var term))
        {
            taken.Add(term);
        }

        return taken;
    }
}

/// <summary>One coded string and its key.</summary>
public readonly record struct Term(uint Key, string Text);
