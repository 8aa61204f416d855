namespace Entente.Forecasting;

/// <summary>
/// Murphy's (1973) partition of the Brier score of binary forecasts over probability bins:
/// Brier = Reliability − Resolution + Uncertainty + WithinBinVariance − WithinBinCovariance.
/// The two within-bin terms (Stephenson, Coelho and Jolliffe 2008) vanish when every forecast in a bin equals the bin
/// mean, so the classic three terms sum exactly to the Brier score of the bin-mean forecasts (<see cref="BinnedBrier"/>).
/// </summary>
public sealed record MurphyDecomposition
{
    public required int Count { get; init; }
    public required double Brier { get; init; }
    public required double BinnedBrier { get; init; }
    public required double Reliability { get; init; }
    public required double Resolution { get; init; }
    public required double Uncertainty { get; init; }
    public required double WithinBinVariance { get; init; }
    public required double WithinBinCovariance { get; init; }
    public required double BaseRate { get; init; }
    public required IReadOnlyList<CalibrationBin> Bins { get; init; }

    /// <summary>Mean forecast when the event happened minus mean forecast when it did not: how well the forecasts separate the two.</summary>
    public required double? Discrimination { get; init; }
}
