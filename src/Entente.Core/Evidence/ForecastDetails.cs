using Entente.Dates;

namespace Entente.Evidence;

/// <summary>A forward-looking statement: likelihood on one estimative scale, confidence apart, and how it will be judged.</summary>
public sealed record ForecastDetails
{
    public required string Statement { get; init; }
    public string Scale { get; init; } = "icd203";
    public string? Term { get; init; }
    public double? Probability { get; init; }
    public string? Confidence { get; init; }
    public string? ResolutionCriteria { get; init; }
    public PartialDate? Due { get; init; }

    /// <summary>Null while open.</summary>
    public bool? Resolution { get; init; }

    public PartialDate? ResolvedOn { get; init; }
    public string? ResolutionNote { get; init; }

    public static readonly IReadOnlySet<string> KnownConfidences = new HashSet<string> { "low", "moderate", "high" };
}
