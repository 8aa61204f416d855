using Entente.Actors;

namespace Entente.Import.Sipri;

/// <summary>
/// Maps SIPRI's country and group names ("Viet Nam", "Hezbollah (Lebanon)*") to registry ids, exactly as SIPRI
/// spells them. Unknown names are collected, not guessed: the file is refused with all of them listed.
/// </summary>
internal sealed class SipriNames(ActorRegistry registry)
{
    private readonly Dictionary<string, string?> _cache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _unknown = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> Unknown => _unknown;

    public string? Resolve(string name, int line)
    {
        var trimmed = name.Trim();
        if (!_cache.TryGetValue(trimmed, out var id))
        {
            var matches = registry.Actors.Where(a => a.CodesIn(CodeScheme.Sipri).Any(c => c.Value == trimmed)).ToList();
            id = _cache[trimmed] = matches.Count == 1 ? matches[0].Id : null;
        }

        if (id is null)
        {
            _unknown.TryAdd(trimmed, line);
        }

        return id;
    }

    public void ThrowIfUnknown(string file)
    {
        if (_unknown.Count > 0)
        {
            var first = _unknown.Values.Min();
            throw new SipriFormatException(file, first,
                $"{_unknown.Count} SIPRI name(s) not in the actor registry (add them to the sipri column of actors.tsv): " +
                string.Join(", ", _unknown.OrderBy(u => u.Value).Select(u => $"'{u.Key}' (line {u.Value})")));
        }
    }
}
