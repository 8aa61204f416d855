namespace Entente.Ach;

/// <summary>
/// One hypothesis's standing: the PARC weighted inconsistency (lower is more likely), the same divided by the most
/// inconsistency its rated rows could have carried (0 none … 1 every rated row II), and its rank (1 leads).
/// </summary>
public sealed record AchScore(string Hypothesis, string Title, double Inconsistency, double Normalised, int Rated, int Rank);

/// <summary>How much a row tells the hypotheses apart: the spread of its ratings (0 non-diagnostic … 4 CC against II).</summary>
public sealed record AchDiagnosticity(string Item, int Spread, bool IsDiagnostic);

/// <summary>Scores, diagnosticity and (when asked) sensitivity of one matrix, with the filters it was computed under.</summary>
public sealed record AchResult
{
    public required string Case { get; init; }
    public required IReadOnlyList<AchScore> Scores { get; init; }
    public required IReadOnlyList<AchDiagnosticity> Diagnosticity { get; init; }
    public int Rows { get; init; }
    public int ExcludedRows { get; init; }
    public string? Filter { get; init; }
    public AchSensitivity? Sensitivity { get; init; }

    public AchScore Leader => Scores[0];
}
