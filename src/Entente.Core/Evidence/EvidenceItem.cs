using Entente.Dates;

namespace Entente.Evidence;

/// <summary>
/// One typed, dated, cited fact: who did what with whom, where, how much, according to whom.
/// The summary is the analyst's wording of what the sources say; interpretation goes to annotations.
/// </summary>
public sealed record EvidenceItem
{
    public required string Id { get; init; }

    /// <summary>An id from the evidence-types codebook.</summary>
    public required string Type { get; init; }

    public required DateSpan Date { get; init; }
    public IReadOnlyList<ActorRole> Actors { get; init; } = [];
    public Place? Place { get; init; }
    public IReadOnlyList<Quantity> Quantities { get; init; } = [];
    public IReadOnlyList<string> Themes { get; init; } = [];
    public required string Summary { get; init; }
    public IReadOnlyList<Citation> Sources { get; init; } = [];
    public IReadOnlyList<Annotation> Annotations { get; init; } = [];

    public ExerciseDetails? Exercise { get; init; }
    public ProgrammeDetails? Programme { get; init; }
    public AgreementDetails? Agreement { get; init; }
    public ClaimDetails? Claim { get; init; }
    public ForecastDetails? Forecast { get; init; }

    public IEnumerable<string> ActorsIn(string role) => Actors.Where(a => a.Role == role).Select(a => a.Actor);
}
