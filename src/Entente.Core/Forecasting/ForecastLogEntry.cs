namespace Entente.Forecasting;

/// <summary>
/// One line of a forecast's log as bundles carry it and the store keeps it: an update (probabilities, with the question's
/// kind and categories) or a resolution (outcome and evidence). Exactly one of the two is set.
/// </summary>
public sealed record ForecastLogEntry(string Forecast)
{
    public ForecastUpdate? Update { get; init; }
    public ForecastKind Kind { get; init; } = ForecastKind.Binary;
    public IReadOnlyList<string> Categories { get; init; } = ["yes", "no"];
    public ForecastResolution? Resolution { get; init; }
}
