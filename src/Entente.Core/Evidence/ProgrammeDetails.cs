using Entente.Dates;

namespace Entente.Evidence;

/// <summary>A joint programme's name, status and milestones (past and expected).</summary>
public sealed record ProgrammeDetails
{
    public required string Name { get; init; }
    public string? Status { get; init; }
    public IReadOnlyList<Milestone> Milestones { get; init; } = [];

    public static readonly IReadOnlySet<string> KnownStatuses = new HashSet<string>
    {
        "proposed", "agreed", "development", "testing", "production", "delivered", "suspended", "cancelled", "unknown",
    };
}

public sealed record Milestone(DateSpan Date, string Event)
{
    /// <summary>True for a milestone the source expects rather than reports.</summary>
    public bool Expected { get; init; }
}
