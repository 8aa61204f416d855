using System.Collections.Concurrent;
using Entente.Actors;
using Entente.Codebooks;

namespace Entente.Cameo;

/// <summary>
/// Maps the actors of event data to canonical registry ids: CAMEO country codes (GDELT's Actor1CountryCode, "RUS")
/// and country names (ICEWS's "Russian Federation"); and registry actors CAMEO codes as a state's role (pla: CHN with
/// type MIL) back to that state and role (`Codebooks/cameo-roles.tsv`). Answers are cached; thread-safe.
/// </summary>
public sealed class CameoActorMap(ActorRegistry registry, IReadOnlyList<CameoRole> roles)
{
    private readonly ConcurrentDictionary<string, string?> _byCode = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string?> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CameoRole> _roles = roles.ToDictionary(r => r.ActorId, StringComparer.Ordinal);

    public CameoActorMap(ActorRegistry registry)
        : this(registry, LoadRoles(TsvTable.LoadEmbedded("cameo-roles.tsv")))
    {
    }

    public static CameoActorMap Shipped { get; } = new(ActorRegistry.Shipped);

    public IReadOnlyCollection<CameoRole> Roles => _roles.Values;

    /// <summary>The state and CAMEO role an actor is coded as in event data (pla: CHN, MIL), or null.</summary>
    public CameoRole? RoleOf(string actorId) => _roles.GetValueOrDefault(actorId);

    /// <summary>The nearest ancestor of <paramref name="actorId"/> with a CAMEO role: a navy's armed forces, for advice.</summary>
    public CameoRole? RoleOfAncestor(string actorId)
    {
        for (var actor = registry.Find(actorId)?.Parent is { } parent ? registry.Find(parent) : null; actor is not null;
             actor = actor.Parent is { } next ? registry.Find(next) : null)
        {
            if (RoleOf(actor.Id) is { } role)
            {
                return role;
            }
        }

        return null;
    }

    public static IReadOnlyList<CameoRole> LoadRoles(TsvTable table) =>
        [.. table.Rows.Select(r => new CameoRole(r["actor"], r["state"], r["role"]))];

    /// <summary>The registry id of the state a CAMEO country code stands for, or null (regions such as AFR, unknown codes).</summary>
    public string? FromCountryCode(string cameoCode) =>
        cameoCode.Length == 0 ? null : _byCode.GetOrAdd(cameoCode, code =>
        {
            var holders = registry.Actors.Where(a => a.CodesIn(CodeScheme.Cameo).Any(c => c.Value == code)).ToList();
            return holders.Count == 1 ? holders[0].Id : null;
        });

    /// <summary>The registry id of a state given by name, as ICEWS writes it, or null when unknown or ambiguous.</summary>
    public string? FromCountryName(string name) =>
        name.Length == 0 || name == "NA" ? null : _byName.GetOrAdd(name, n =>
        {
            var resolution = registry.Resolve(n);
            return resolution.Actor is { Kind: ActorKind.State } actor ? actor.Id : null;
        });

    /// <summary>The CAMEO country code of a registry actor ("RUS"), for ICEWS rows stored in GDELT's terms.</summary>
    public string? CountryCodeOf(string? actorId) =>
        actorId is null ? null : registry.Find(actorId)?.Code(CodeScheme.Cameo);

    /// <summary>The FIPS 10-4 code of a registry actor, GDELT's geography scheme.</summary>
    public string? FipsOf(string? actorId) =>
        actorId is null ? null : registry.Find(actorId)?.Code(CodeScheme.Fips);
}
