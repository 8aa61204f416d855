using Entente.Ach;
using Entente.Forecasting;
using Entente.Storage.Sqlite;
using Entente.Warnings;

namespace Entente.Storage.Analysis;

public sealed partial class SqliteAnalysisStore
{
    /// <summary>
    /// Imports the analysis sections of a bundle in one transaction — all or nothing. Unchanged ratings, rule versions
    /// and forecast entries are recognised and left alone, so importing the same bundle twice writes nothing new.
    /// </summary>
    public async Task<AnalysisImportSummary> ImportAsync(IReadOnlyList<AchSheet> sheets, IReadOnlyList<WatchRule> rules, IReadOnlyList<ForecastLogEntry> log,
        string origin, CancellationToken cancellationToken = default)
    {
        await using var transaction = _connection.BeginTransaction(deferred: false);
        using var session = new SqliteWriteSession(transaction);
        var revision = await RevisionAsync(session, "bundle", origin, sheets.Count > 0 ? sheets[0].Author : "bundle", origin, cancellationToken);
        int matrices = 0, ratings = 0, ruleVersions = 0, entries = 0;
        foreach (var sheet in sheets)
        {
            var (m, r) = await ImportSheetAsync(session, sheet, revision, cancellationToken);
            matrices += m;
            ratings += r;
        }

        foreach (var rule in rules)
        {
            ruleVersions += await SaveRuleAsync(session, rule, revision, cancellationToken) ? 1 : 0;
        }

        foreach (var entry in log)
        {
            entries += await AppendAsync(session, entry, revision, cancellationToken) ? 1 : 0;
        }

        var summary = new AnalysisImportSummary(matrices, ratings, ruleVersions, entries);
        if (summary.IsEmpty)
        {
            await transaction.RollbackAsync(cancellationToken);
            return summary;
        }

        await transaction.CommitAsync(cancellationToken);
        return summary;
    }
}
