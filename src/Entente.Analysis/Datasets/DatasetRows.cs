namespace Entente.Analysis.Datasets;

/// <summary>
/// What the imported alliance, exercise and UN-vote datasets say about one pair: the rows and the years each dataset
/// covers (null: not imported, so every cell it would fill is missing). <see cref="Sources"/> names each dataset and release.
/// </summary>
public sealed record DatasetRows
{
    public static DatasetRows None { get; } = new();

    public IReadOnlyList<SharedAlliance> Alliances { get; init; } = [];
    public YearRange? AtopYears { get; init; }
    public IReadOnlyList<JointExercise> Exercises { get; init; } = [];
    public YearRange? MmeYears { get; init; }
    public IReadOnlyList<SimilarityYear> Similarity { get; init; } = [];
    public YearRange? UngaYears { get; init; }
    public IReadOnlyDictionary<string, string> Sources { get; init; } = new Dictionary<string, string>();
}
