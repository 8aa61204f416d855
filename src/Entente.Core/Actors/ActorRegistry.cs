using System.Globalization;
using System.Text;

namespace Entente.Actors;

/// <summary>
/// Resolves what an analyst types — an id, any code, a name or alias, in any case — to one actor.
/// Built once from the shipped codebook plus actors a bundle or store adds; immutable and thread-safe.
/// </summary>
public sealed class ActorRegistry
{
    private readonly Dictionary<string, Actor> _byId;
    private readonly Dictionary<string, List<(Actor Actor, ActorCode Code)>> _byCode;
    private readonly Dictionary<string, List<Actor>> _byName;
    private readonly Dictionary<string, List<Actor>> _parts;

    public ActorRegistry(IEnumerable<Actor> actors)
    {
        _byId = new Dictionary<string, Actor>(StringComparer.OrdinalIgnoreCase);
        _byCode = new Dictionary<string, List<(Actor, ActorCode)>>(StringComparer.OrdinalIgnoreCase);
        _byName = new Dictionary<string, List<Actor>>(StringComparer.Ordinal);
        _parts = new Dictionary<string, List<Actor>>(StringComparer.OrdinalIgnoreCase);
        foreach (var actor in actors)
        {
            if (actor.Parent is { } parent)
            {
                Add(_parts, parent, actor);
            }

            if (!_byId.TryAdd(actor.Id, actor))
            {
                throw new ArgumentException($"Actor id '{actor.Id}' is defined twice.", nameof(actors));
            }

            foreach (var code in actor.Codes)
            {
                Add(_byCode, code.Value, (actor, code));
            }

            foreach (var name in actor.Names.Select(Normalise).Distinct())
            {
                Add(_byName, name, actor);
            }
        }
    }

    public static ActorRegistry Shipped { get; } = new(ActorCodebook.Actors);

    /// <summary>Prefixes an analyst may put before a code to name its scheme.</summary>
    public static IReadOnlyDictionary<string, CodeScheme> SchemePrefixes { get; } = new Dictionary<string, CodeScheme>(StringComparer.OrdinalIgnoreCase)
    {
        ["iso3"] = CodeScheme.Iso3,
        ["iso2"] = CodeScheme.Iso2,
        ["isonum"] = CodeScheme.IsoNumeric,
        ["cow"] = CodeScheme.CowNumber,
        ["cowc"] = CodeScheme.CowAbbreviation,
        ["gw"] = CodeScheme.GleditschWard,
        ["cameo"] = CodeScheme.Cameo,
        ["fips"] = CodeScheme.Fips,
        ["sipri"] = CodeScheme.Sipri,
    };

    public IEnumerable<Actor> Actors => _byId.Values;

    public int Count => _byId.Count;

    public bool Contains(string id) => _byId.ContainsKey(id);

    public Actor? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>
    /// The actor and every actor that is part of it, at any depth (CHN: the PLA, the PLA Navy ...), as canonical ids.
    /// An id the registry does not know stands for itself alone.
    /// </summary>
    public IReadOnlySet<string> WithParts(string id)
    {
        var family = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { Find(id)?.Id ?? id };
        var pending = new Queue<string>(family);
        while (pending.TryDequeue(out var next))
        {
            foreach (var part in _parts.GetValueOrDefault(next) ?? [])
            {
                if (family.Add(part.Id))
                {
                    pending.Enqueue(part.Id);
                }
            }
        }

        return family;
    }

    /// <summary>A registry with more actors (a bundle's own) on top of this one.</summary>
    public ActorRegistry With(IEnumerable<Actor> extra) => new(Actors.Concat(extra));

    /// <summary>
    /// Resolves by id, then by code (choosing by validity in <paramref name="year"/>, default this year),
    /// then by name or alias ignoring case and diacritics.
    /// </summary>
    public ActorResolution Resolve(string input, int? year = null)
    {
        var text = input.Trim();
        if (_byId.TryGetValue(text, out var byId))
        {
            return new ActorResolution(input, byId, "id", [byId]);
        }

        // "cow:710", "fips:RS": a scheme prefix settles codes that collide across schemes.
        CodeScheme? scheme = null;
        if (text.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon && SchemePrefixes.TryGetValue(text[..colon], out var prefixed))
        {
            scheme = prefixed;
            text = text[(colon + 1)..].Trim();
        }

        if (_byCode.TryGetValue(text, out var coded) && (scheme is null || coded.Any(c => c.Code.Scheme == scheme)))
        {
            coded = scheme is null ? coded : [.. coded.Where(c => c.Code.Scheme == scheme)];
            var at = year ?? DateTime.UtcNow.Year;
            var valid = coded.Where(c => c.Code.IsValidIn(at) && c.Actor.ExistsIn(at)).Select(c => c.Actor).Distinct().ToList();
            var all = coded.Select(c => c.Actor).Distinct().ToList();
            // No holder of the code exists in that year: a name or alias (PAP, the People's Armed Police) competes on equal terms.
            var candidates = valid.Count > 0 ? valid : all.Union(ByName(text)).ToList();
            if (candidates.Count == 1)
            {
                var schemes = coded.Where(c => c.Actor == candidates[0]).Select(c => c.Code.Scheme).Distinct();
                return new ActorResolution(input, candidates[0], $"code ({string.Join(", ", schemes)})", candidates);
            }

            return Ambiguous(input, candidates.Union(ByName(text)).ToList());
        }

        var named = ByName(text);
        return named.Count == 1
            ? new ActorResolution(input, named[0], "name", named)
            : named.Count > 1 ? Ambiguous(input, named) : new ActorResolution(input, null, "", Suggest(text));
    }

    private List<Actor> ByName(string text) => _byName.TryGetValue(Normalise(text), out var named) ? named : [];

    private static ActorResolution Ambiguous(string input, List<Actor> candidates) => new(input, null, "", candidates);

    private List<Actor> Suggest(string text)
    {
        var key = Normalise(text);
        return key.Length < 3 ? [] : [.. _byName.Where(n => n.Key.Contains(key, StringComparison.Ordinal))
            .SelectMany(n => n.Value).Distinct().OrderBy(a => a.Name, StringComparer.Ordinal).Take(10)];
    }

    /// <summary>Case- and diacritic-insensitive key: "Côte d'Ivoire" and "cote d'ivoire" meet.</summary>
    public static string Normalise(string name)
    {
        var decomposed = name.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c == '’' ? '\'' : c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static void Add<T>(Dictionary<string, List<T>> index, string key, T value)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }
}
