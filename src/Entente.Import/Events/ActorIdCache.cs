namespace Entente.Import.Events;

/// <summary>Registry ids by the code or name a file uses, resolved once per distinct value and then looked up by span.</summary>
internal sealed class ActorIdCache(Func<string, string?> resolve)
{
    private readonly Dictionary<string, string?> _cache = new(StringComparer.Ordinal);

    public ReadOnlySpan<char> Get(ReadOnlySpan<char> key)
    {
        if (key.IsEmpty)
        {
            return default;
        }

        var lookup = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(key, out var id))
        {
            var text = key.ToString();
            id = resolve(text);
            _cache[text] = id;
        }

        return id;
    }
}
