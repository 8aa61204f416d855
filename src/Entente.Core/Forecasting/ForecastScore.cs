namespace Entente.Forecasting;

/// <summary>
/// One resolved forecast's scores: <see cref="Final"/> on the last forecast before resolution in the question's own
/// convention (binary 0–1, ordered, or categorical 0–2), and <see cref="DailyAverage"/> in Good Judgment Open's 0–2 convention.
/// </summary>
public sealed record ForecastScore(string Id, string Author, string Topic, ForecastKind Kind, DateOnly ResolvedOn, double Final, double DailyAverage);

/// <summary>Mean scores of a group of forecasts (an analyst, a topic, a year of resolution).</summary>
public sealed record ScoreGroup(string Group, int Count, double MeanFinal, double MeanDailyAverage);

/// <summary>Everything the forecast scoreboard shows, computed once.</summary>
public sealed record ForecastScoreboard
{
    public required IReadOnlyList<ForecastScore> Scores { get; init; }
    public required IReadOnlyList<ScoreGroup> Groups { get; init; }
    public required string GroupedBy { get; init; }
    public required IReadOnlyList<ScoreGroup> ByYear { get; init; }
    public MurphyDecomposition? Decomposition { get; init; }
    public int Open { get; init; }
    public int PastDue { get; init; }
}
