using Entente.Ach;
using Entente.Diagnostics;
using Entente.Forecasting;
using Entente.Warnings;

namespace Entente.Import.Analysis;

/// <summary>
/// The structured-analysis sections of bundle files (`ach`, `watch_rules`, `forecast_log`), or of a rule file:
/// what was read and every problem found, at file:line:col.
/// </summary>
public sealed record AnalysisReadResult(IReadOnlyList<AchSheet> Sheets, IReadOnlyList<WatchRule> Rules, IReadOnlyList<ForecastLogEntry> ForecastLog, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool IsValid => Diagnostics.Count == 0;

    public bool IsEmpty => Sheets.Count == 0 && Rules.Count == 0 && ForecastLog.Count == 0;
}
