namespace Entente.Forecasting;

/// <summary>
/// One probability bin of a calibration table: how many forecasts fell in it, their mean probability and how often
/// the event happened. A well-calibrated forecaster's observed frequency is close to the mean forecast.
/// </summary>
public sealed record CalibrationBin(double From, double To, int Count, double MeanForecast, double ObservedFrequency);
