namespace Entente.Import.Events;

/// <summary>Registry ids by the code or name a file uses, resolved once per distinct value and then looked up by span.</summary>
internal sealed class ActorIdCache
{
    private readonly Func<string, string?> _resolve;
    private readonly Dictionary<string, string?> _cache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public ActorIdCache(Func<string, string?> resolve)
    {
        _resolve = resolve;
        _bySpan = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public ReadOnlySpan<char> Get(ReadOnlySpan<char> key)
    {
        if (key.IsEmpty)
        {
            return default;
        }

        if (!_bySpan.TryGetValue(key, out var id))
        {
            var text = key.ToString();
            id = _resolve(text);
            _cache[text] = id;
        }

        return id;
    }
}
