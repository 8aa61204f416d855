using Entente.Sources;

namespace Entente.Storage;

/// <summary>
/// Filters on evidence items; all given filters must hold. Actor filters take canonical ids
/// (resolve names first with the actor registry).
/// </summary>
public sealed record EvidenceQuery
{
    /// <summary>Both actors take part in the item, in any roles (an undirected dyad).</summary>
    public (string A, string B)? Dyad { get; init; }

    public IReadOnlyList<string> Actors { get; init; } = [];

    /// <summary>
    /// Match each actor exactly. By default an actor also matches its parts, as the registry knows them:
    /// China matches items that name only the PLA, and the PLA items that name only the PLA Navy.
    /// </summary>
    public bool ExactActors { get; init; }

    /// <summary>Type ids; a parent type (arms-deal) matches its subtypes (arms-deal.order).</summary>
    public IReadOnlyList<string> Types { get; init; } = [];

    public IReadOnlyList<string> Themes { get; init; } = [];

    /// <summary>Items whose date range overlaps [From, To].</summary>
    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    /// <summary>At least one cited source graded this well on both scales.</summary>
    public Grade? MinGrade { get; init; }

    /// <summary>Full-text query over summaries and cited source titles.</summary>
    public string? Text { get; init; }

    public int? Limit { get; init; }

    public static EvidenceQuery All { get; } = new();
}
