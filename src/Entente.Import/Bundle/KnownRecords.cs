using Entente.Actors;

namespace Entente.Import.Bundle;

/// <summary>
/// Records already in the store that a bundle may cite without defining them: actors other bundles added, and sources.
/// </summary>
public sealed record KnownRecords(IReadOnlyList<Actor> Actors, IReadOnlySet<string> SourceIds)
{
    public static KnownRecords None { get; } = new([], new HashSet<string>(StringComparer.Ordinal));
}
