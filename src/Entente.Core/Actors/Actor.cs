using Entente.Dates;

namespace Entente.Actors;

/// <summary>A state, organisation, armed service, company or person, with its names and codes.</summary>
public sealed record Actor
{
    public required string Id { get; init; }
    public required ActorKind Kind { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The state or organisation the actor belongs to (PLA Navy → PLA → China).</summary>
    public string? Parent { get; init; }

    public PartialDate? ValidFrom { get; init; }
    public PartialDate? ValidTo { get; init; }
    public int? UnMemberSince { get; init; }
    public IReadOnlyList<ActorCode> Codes { get; init; } = [];

    [System.Text.Json.Serialization.JsonIgnore]
    public IEnumerable<string> Names => Aliases.Prepend(Name);

    public bool ExistsIn(int year) =>
        (ValidFrom is null || ValidFrom.Value.Year <= year) && (ValidTo is null || ValidTo.Value.Year >= year);

    public IEnumerable<ActorCode> CodesIn(CodeScheme scheme) => Codes.Where(c => c.Scheme == scheme);

    public string? Code(CodeScheme scheme, int? year = null) =>
        CodesIn(scheme).FirstOrDefault(c => year is null || c.IsValidIn(year.Value))?.Value;
}
