using Entente.Actors;
using Entente.Evidence;
using Entente.Sources;

namespace Entente.Bundles;

/// <summary>Actors, sources and evidence items read together, the unit of validation and import.</summary>
public sealed record Bundle
{
    public BundleInfo? Info { get; init; }
    public IReadOnlyList<Actor> Actors { get; init; } = [];
    public IReadOnlyList<Source> Sources { get; init; } = [];
    public IReadOnlyList<EvidenceItem> Items { get; init; } = [];

    public int Count => Actors.Count + Sources.Count + Items.Count;
}
