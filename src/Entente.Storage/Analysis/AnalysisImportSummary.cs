namespace Entente.Storage.Analysis;

/// <summary>What an import of analysis sections changed: ratings and rows written, rule versions, forecast log entries; unchanged ones are not counted.</summary>
public sealed record AnalysisImportSummary(int Matrices, int Ratings, int Rules, int ForecastEntries)
{
    public bool IsEmpty => Matrices + Ratings + Rules + ForecastEntries == 0;
}
