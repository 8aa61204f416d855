namespace Entente.Analysis.Ladder;

/// <summary>
/// The alignment ladder of a pair over the years: each rung of the codebook met or not in each year, with the items and
/// dataset rows that meet it. <see cref="Codebook"/> names the criteria used, so a result says which definitions it rests on.
/// </summary>
public sealed record AlignmentLadder
{
    public required string A { get; init; }
    public required string B { get; init; }
    public required int From { get; init; }
    public required int To { get; init; }
    public required string Codebook { get; init; }
    public IReadOnlyList<RungResult> Rungs { get; init; } = [];

    public string Label => $"{A}–{B}";

    /// <summary>Rungs of the stage met in the year (unknown rungs are not counted as met).</summary>
    public int MetIn(int year, Stage stage) => Rungs.Count(r => r.Rung.Stage == stage && r.In(year)?.State == RungState.Met);
}

/// <summary>One rung over the years.</summary>
public sealed record RungResult(Rung Rung, IReadOnlyList<RungYear> Years)
{
    public RungYear? In(int year) => Years.FirstOrDefault(y => y.Year == year);
}

/// <summary>A rung in one year, with the keys (<c>item:ID</c>, dataset rows) that meet it, and which clause did.</summary>
public sealed record RungYear(int Year, RungState State, IReadOnlyList<string> Links)
{
    public string? MetBy { get; init; }
}
