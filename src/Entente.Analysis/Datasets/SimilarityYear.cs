namespace Entente.Analysis.Datasets;

/// <summary>
/// Foreign-policy similarity of a pair in one year: the distance between the two UN General Assembly ideal points with
/// its interval, and the alliance-portfolio S-score from ATOP; each with the dataset rows it was computed from.
/// </summary>
public sealed record SimilarityYear
{
    public required int Year { get; init; }
    public decimal? IdealPointDistance { get; init; }
    public decimal? DistanceLow { get; init; }
    public decimal? DistanceHigh { get; init; }
    public IReadOnlyList<string> DistanceRows { get; init; } = [];
    public decimal? SScore { get; init; }
    public IReadOnlyList<string> SScoreRows { get; init; } = [];
}
