using System.Globalization;
using Entente.Forecasting;
using Entente.Serialization;
using Entente.Storage.Sqlite;

namespace Entente.Storage.Analysis;

public sealed partial class SqliteAnalysisStore
{
    /// <summary>Every forecast log entry, per forecast in the order written.</summary>
    public async Task<IReadOnlyList<ForecastLogEntry>> ForecastLogAsync(CancellationToken cancellationToken = default) =>
        await ReadAsync("SELECT body FROM forecast_log ORDER BY forecast_id, on_date, id;", r => EntenteJson.Deserialize<ForecastLogEntry>(r.GetString(0)), cancellationToken);

    /// <summary>
    /// Appends an update or a resolution made from the command line. Refused, with nothing written: a forecast that is not
    /// an item of type forecast, a second resolution, a resolution without evidence or with evidence missing from the store.
    /// </summary>
    public async Task AppendAsync(ForecastLogEntry entry, CancellationToken cancellationToken = default)
    {
        await using var transaction = _connection.BeginTransaction(deferred: false);
        using var session = new SqliteWriteSession(transaction);
        var revision = await RevisionAsync(session, "forecast", entry.Forecast, entry.Update?.Author ?? entry.Resolution!.Author, "cli", cancellationToken);
        await AppendAsync(session, entry, revision, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<bool> AppendAsync(SqliteWriteSession session, ForecastLogEntry entry, long revision, CancellationToken cancellationToken)
    {
        if (await session.ScalarAsync("SELECT type FROM items WHERE id = $1;", cancellationToken, entry.Forecast) as string != "forecast")
        {
            throw new AnalysisInputException($"no forecast '{entry.Forecast}' in the store (an evidence item of type forecast)", notFound: true);
        }

        var body = EntenteJson.Serialize(entry);
        var hash = EntenteJson.HashOf(body);
        if (await session.ScalarAsync("SELECT 1 FROM forecast_log WHERE forecast_id = $1 AND content_hash = $2;", cancellationToken, entry.Forecast, hash) is not null)
        {
            return false;
        }

        if (entry.Resolution is { } resolution)
        {
            if (await session.ScalarAsync("SELECT on_date FROM forecast_log WHERE forecast_id = $1 AND entry = 'resolution';", cancellationToken, entry.Forecast) is string resolvedOn)
            {
                throw new AnalysisInputException($"forecast '{entry.Forecast}' was already resolved on {resolvedOn}; a forecast is resolved once");
            }

            if (resolution.Evidence.Count == 0)
            {
                throw new AnalysisInputException($"a resolution of '{entry.Forecast}' needs the evidence items that settle it (--evidence ITEM)");
            }

            foreach (var item in resolution.Evidence)
            {
                if (!await ItemExistsAsync(session, item, cancellationToken))
                {
                    throw new AnalysisInputException($"the resolution of '{entry.Forecast}' cites item '{item}', which is not in the store", notFound: true);
                }
            }
        }

        var on = (entry.Update?.On ?? entry.Resolution!.On).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await session.ExecuteAsync("INSERT INTO forecast_log (forecast_id, entry, on_date, author, body, content_hash, revision_id) VALUES ($1, $2, $3, $4, $5, $6, $7);",
            cancellationToken, entry.Forecast, entry.Update is null ? "resolution" : "update", on, entry.Update?.Author ?? entry.Resolution!.Author, body, hash, revision);
        return true;
    }
}
