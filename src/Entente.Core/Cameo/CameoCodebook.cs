using System.Globalization;
using Entente.Codebooks;

namespace Entente.Cameo;

/// <summary>
/// The CAMEO codebook shipped with Entente (`Codebooks/cameo-events.tsv`, `cameo-actors.tsv`, `cameo-code-sets.tsv`):
/// event codes with labels, Goldstein values and QuadClass; actor code segments; named code sets. Immutable.
/// </summary>
public sealed class CameoCodebook
{
    private static readonly Lazy<CameoCodebook> Lazy = new(() => new CameoCodebook(
        TsvTable.LoadEmbedded("cameo-events.tsv"), TsvTable.LoadEmbedded("cameo-actors.tsv"), TsvTable.LoadEmbedded("cameo-code-sets.tsv")));

    private readonly Dictionary<(CameoActorKind, string), CameoActorCode> _actorCodes;

    public CameoCodebook(TsvTable events, TsvTable actors, TsvTable sets)
    {
        Events = events.Rows.Select(ReadEvent).ToDictionary(e => e.Code, StringComparer.Ordinal);
        ActorCodes = [.. actors.Rows.Select(ReadActor)];
        _actorCodes = ActorCodes.ToDictionary(a => (a.Kind, a.Code));
        Sets = sets.Rows.Select(ReadSet).ToDictionary(s => s.Id, StringComparer.OrdinalIgnoreCase);
    }

    public static CameoCodebook Shipped => Lazy.Value;

    public IReadOnlyDictionary<string, CameoEventCode> Events { get; }
    public IReadOnlyList<CameoActorCode> ActorCodes { get; }
    public IReadOnlyDictionary<string, CameoCodeSet> Sets { get; }

    public CameoEventCode? Event(string code) => Events.GetValueOrDefault(code);

    public CameoActorCode? Actor(CameoActorKind kind, string code) => _actorCodes.GetValueOrDefault((kind, code));

    public IEnumerable<CameoActorCode> ActorCodesOf(CameoActorKind kind) => ActorCodes.Where(a => a.Kind == kind);

    /// <summary>
    /// Resolves what an analyst typed after `--codes`: set names and explicit CAMEO codes, comma-separated, mixed.
    /// Returns the union of codes (each matching itself and the codes below it), or the first unknown word.
    /// </summary>
    public CodeFilterResolution ResolveFilter(string text)
    {
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        var names = new List<string>();
        foreach (var word in text.Split([',', ' ', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Sets.TryGetValue(word, out var set))
            {
                codes.UnionWith(set.Codes);
                names.Add(set.Id);
            }
            else if (Events.ContainsKey(word))
            {
                codes.UnionWith([word]);
                names.Add(word);
            }
            else
            {
                return new CodeFilterResolution([], names, word);
            }
        }

        // "06" already covers "062": keep only the codes no other member covers.
        var minimal = codes.Where(c => !codes.Any(o => o != c && c.StartsWith(o, StringComparison.Ordinal))).ToList();
        return new CodeFilterResolution(minimal, names, null);
    }

    private static CameoEventCode ReadEvent(TsvRow row)
    {
        var code = row["code"];
        var quad = (QuadClass)int.Parse(row["quad_class"], CultureInfo.InvariantCulture);
        if (code.Length is < 2 or > 4 || !code.All(char.IsAsciiDigit) || CameoEventCode.QuadClassOf(code) != quad)
        {
            throw row.Error($"CAMEO code '{code}' must be 2-4 digits with the QuadClass of its root");
        }

        return new CameoEventCode(code, row["label"], double.Parse(row["goldstein"], CultureInfo.InvariantCulture), quad);
    }

    private static CameoActorCode ReadActor(TsvRow row) =>
        Enum.TryParse<CameoActorKind>(row["kind"], ignoreCase: true, out var kind)
            ? new CameoActorCode(kind, row["code"], row["label"])
            : throw row.Error($"unknown CAMEO actor kind '{row["kind"]}'");

    private static CameoCodeSet ReadSet(TsvRow row) => new(
        row["id"], row["label"],
        row.Optional("quad_class") is { } quad ? (QuadClass)int.Parse(quad, CultureInfo.InvariantCulture) : null,
        row.List("codes"), row["description"]);
}

/// <summary>What `--codes` resolved to: the CAMEO code prefixes to match, the names given, or the word that is neither.</summary>
public sealed record CodeFilterResolution(IReadOnlyList<string> Codes, IReadOnlyList<string> Names, string? Unknown)
{
    public bool IsResolved => Unknown is null;
}
