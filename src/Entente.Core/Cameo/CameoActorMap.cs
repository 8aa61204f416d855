using System.Collections.Concurrent;
using Entente.Actors;

namespace Entente.Cameo;

/// <summary>
/// Maps the actors of event data to canonical registry ids: CAMEO country codes (GDELT's Actor1CountryCode, "RUS")
/// and country names (ICEWS's "Russian Federation"). Answers are cached; thread-safe.
/// </summary>
public sealed class CameoActorMap(ActorRegistry registry)
{
    private readonly ConcurrentDictionary<string, string?> _byCode = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string?> _byName = new(StringComparer.Ordinal);

    public static CameoActorMap Shipped { get; } = new(ActorRegistry.Shipped);

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
