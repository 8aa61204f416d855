using Entente.Codebooks;
using Entente.Evidence;

namespace Entente.Analysis.Panel;

/// <summary>Which curated items feed which panel row, by the evidence-types codebook (a parent type matches its subtypes).</summary>
internal static class EvidenceKinds
{
    public static bool Is(EvidenceItem item, params string[] types) =>
        types.Any(t => CodebookSet.Shipped.Types.TryGetValue(item.Type, out var type) ? type.IsA(t) : item.Type == t);

    /// <summary>The states taking part, services counted as their state (an SCO drill of five states is multilateral).</summary>
    public static IReadOnlySet<string> ParticipatingStates(EvidenceItem item, DyadInputs inputs) =>
        item.Actors.Where(a => a.Role is "participant" or "host" or "party")
            .Select(a => inputs.StateOf(a.Actor)).Where(id => inputs.Registry.Find(id)?.Kind == Entente.Actors.ActorKind.State).ToHashSet();

    /// <summary>Where an exercise took place, at the coarsest named level that tells theatres apart (a sea before a region before a country).</summary>
    public static string? Theatre(EvidenceItem item) => item.Place is { } place ? place.Sea ?? place.Region ?? place.Country ?? place.Name : null;

    public static readonly string[] EquipmentMeasures = ["equipment", "aircraft", "helicopters", "ships", "vehicles", "systems", "missiles"];

    public static IReadOnlyList<string> Links(IEnumerable<EvidenceItem> items) => [.. items.Select(i => $"item:{i.Id}")];
}
