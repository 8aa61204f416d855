using Entente.ArmsTrade;
using Entente.Serialization;
using Entente.Storage.Sqlite;

namespace Entente.Storage.ArmsTrade;

/// <summary>Storing a SIPRI file batch by batch inside one transaction: committed whole, or rolled back if any record was rejected.</summary>
public sealed partial class SqliteArmsTradeStore
{
    /// <summary>Stores a file read whole; refuses (stores nothing) when it has rejected records.</summary>
    public Task<SipriImportSummary> ImportAsync(SipriFile file, CancellationToken cancellationToken = default) =>
        ImportAsync(file.Release, [new SipriBatch { Deals = file.Deals, Deliveries = file.Deliveries, TableValues = file.TableValues }], () => file, cancellationToken);

    /// <summary>
    /// Stores a file as it is read: each batch is written before the next is read, so memory follows the batch.
    /// <paramref name="outcome"/> is asked once every batch is read; a file with rejected records is rolled back.
    /// </summary>
    public Task<SipriImportSummary> ImportAsync(SipriRelease release, IEnumerable<SipriBatch> batches, Func<SipriFile> outcome, CancellationToken cancellationToken = default) => Guard<SipriImportSummary>(async () =>
    {
        await using var transaction = _connection.BeginTransaction(deferred: false);
        using var session = new SqliteWriteSession(transaction);
        if (await session.ScalarAsync("SELECT id FROM sipri_files WHERE sha256 = $1;", cancellationToken, release.Sha256) is not null)
        {
            return new SipriImportSummary(new SipriFile { Release = release }, true, 0, 0, 0);
        }

        var id = (long)(await session.ScalarAsync("""
            INSERT INTO sipri_files (release, generated_at, layout, origin, sha256, first_year, last_year, rows_read, repaired, imported_at)
            VALUES ($1, $2, $3, $4, $5, 0, -1, 0, 0, $6) RETURNING id;
            """, cancellationToken, release.Id, release.Generated.ToString("O"), release.Layout.ToString(), Path.GetFullPath(release.File),
            release.Sha256, DateTimeOffset.UtcNow.ToString("O")))!;
        var (deals, deliveries, values) = (0, 0, 0);
        foreach (var batch in batches)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Write(session, id, batch);
            (deals, deliveries, values) = (deals + batch.Deals.Count, deliveries + batch.Deliveries.Count, values + batch.TableValues.Count);
        }

        var file = outcome();
        var summary = new SipriImportSummary(file, false, deals, deliveries, values);
        if (!file.IsComplete)
        {
            return summary;
        }

        session.Execute("UPDATE sipri_files SET first_year = $1, last_year = $2, rows_read = $3, repaired = $4 WHERE id = $5;",
            file.Release.FirstYear, file.Release.LastYear, file.RowsRead, file.Repaired.Count, id);
        await transaction.CommitAsync(cancellationToken);
        return summary;
    });

    private static void Write(SqliteWriteSession session, long file, SipriBatch batch)
    {
        foreach (var deal in batch.Deals)
        {
            session.Execute("INSERT INTO sipri_deals (file_id, deal_key, supplier, recipient, order_year, line, body) VALUES ($1, $2, $3, $4, $5, $6, $7);",
                file, deal.Key, deal.Supplier, deal.Recipient, deal.OrderYear, deal.Line, EntenteJson.Serialize(deal));
        }

        foreach (var d in batch.Deliveries)
        {
            session.Execute("""
                INSERT INTO sipri_deliveries (file_id, deal_key, supplier, recipient, year, tiv, number, number_estimated, year_estimated, category, line)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11);
                """, file, d.DealKey, d.Supplier, d.Recipient, d.Year, Text(d.Tiv), d.Number, d.NumberEstimated, d.YearEstimated, d.Category, d.Line);
        }

        foreach (var v in batch.TableValues)
        {
            session.Execute("INSERT INTO sipri_table_values (file_id, actor, region, year, tiv, line) VALUES ($1, $2, $3, $4, $5, $6);",
                file, v.Actor, v.Region, v.Year, v.Tiv is { } t ? Text(t) : null, v.Line);
        }
    }
}
