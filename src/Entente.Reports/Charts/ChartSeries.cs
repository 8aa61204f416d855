namespace Entente.Reports.Charts;

/// <summary>Values by category (usually years) with what they measure; a null value is missing, never zero.</summary>
public sealed record ChartSeries(string Title, string ValueLabel, IReadOnlyList<string> Categories, IReadOnlyList<decimal?> Values);
