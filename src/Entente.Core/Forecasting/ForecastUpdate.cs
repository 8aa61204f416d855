namespace Entente.Forecasting;

/// <summary>
/// A forecast as stated on a day: one probability per category (for a binary question: yes, no), by whom and why.
/// Every update is kept; the one in effect on a day is the latest made on or before it.
/// </summary>
public sealed record ForecastUpdate(DateOnly On, IReadOnlyList<double> Probabilities, string Author)
{
    public string? Note { get; init; }
    public string? Term { get; init; }
}

/// <summary>How a forecast was settled: the category that happened, when, and the evidence items that show it.</summary>
public sealed record ForecastResolution(int Outcome, DateOnly On, IReadOnlyList<string> Evidence, string Author)
{
    public string? Note { get; init; }
}
