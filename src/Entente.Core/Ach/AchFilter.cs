using Entente.Sources;

namespace Entente.Ach;

/// <summary>Which rows to score: only those graded at least <see cref="MinGrade"/>, and without the suspicious ones when asked.</summary>
public sealed record AchFilter
{
    public Grade? MinGrade { get; init; }
    public bool ExcludeFlagged { get; init; }

    public static AchFilter None { get; } = new();

    public bool Keeps(AchRow row) =>
        (MinGrade is null || (row.Grade is { } grade && grade.Meets(MinGrade))) && (!ExcludeFlagged || row.Cautions == AchCaution.None);

    /// <summary>Scores the rows this filter keeps, saying how many it left out.</summary>
    public AchResult Score(AchMatrix matrix, bool sensitivity = false)
    {
        var kept = matrix.Where(Keeps);
        return AchScorer.Score(kept, sensitivity) with { ExcludedRows = matrix.Rows.Count - kept.Rows.Count, Filter = Describe() };
    }

    public string? Describe() => (MinGrade, ExcludeFlagged) switch
    {
        (null, false) => null,
        ({ } g, false) => $"graded {g.Code} or better",
        (null, true) => "without flagged items",
        ({ } g, true) => $"graded {g.Code} or better, without flagged items",
    };
}
