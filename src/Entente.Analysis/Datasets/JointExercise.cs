namespace Entente.Analysis.Datasets;

/// <summary>An exercise from a dataset (MME) in which both states took part. <see cref="Key"/> names the dataset row.</summary>
public sealed record JointExercise
{
    public required string Key { get; init; }
    public required int Year { get; init; }
    public string? Name { get; init; }
    public required int Participants { get; init; }
    public IReadOnlyList<string> Domains { get; init; } = [];
    public string? Location { get; init; }

    public bool IsBilateral => Participants == 2;
}
