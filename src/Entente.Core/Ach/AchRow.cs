using Entente.Sources;

namespace Entente.Ach;

/// <summary>An evidence item in the matrix: how relevant it is, how credible, its best grade and its flags.</summary>
public sealed record AchRow
{
    public required string Item { get; init; }
    public string? Summary { get; init; }
    public AchLevel Relevance { get; init; } = AchLevel.Medium;
    public AchCredibility Credibility { get; init; } = AchCredibility.FromGrade(null);
    public Grade? Grade { get; init; }
    public AchCaution Cautions { get; init; }

    /// <summary>Credibility weight × relevance weight: what one point of inconsistency on this row costs a hypothesis.</summary>
    public double Weight => AchLevels.Weight(Credibility.Level) * AchLevels.Weight(Relevance);
}
