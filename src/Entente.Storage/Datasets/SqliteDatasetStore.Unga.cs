using Entente.Datasets;
using Entente.Serialization;
using Entente.Storage.Sqlite;
using Entente.UnVotes;

namespace Entente.Storage.Datasets;

/// <summary>UNGA ideal points: storing a country-year file, and reading states' points and a pair's distances.</summary>
public sealed partial class SqliteDatasetStore
{
    public const string IdealPointLayout = "country-year";

    public Task<DatasetImportSummary> ImportIdealPointsAsync(IdealPointFile points, CancellationToken cancellationToken = default) => Guard<DatasetImportSummary>(async () =>
    {
        await using var transaction = _connection.BeginTransaction(deferred: false);
        using var session = new SqliteWriteSession(transaction);
        if (await RecordFileAsync(session, points.File, points.Rejected, cancellationToken) is not { } id)
        {
            return new DatasetImportSummary(points.File, true, 0);
        }

        foreach (var p in points.Points)
        {
            cancellationToken.ThrowIfCancellationRequested();
            session.Execute("INSERT INTO unga_ideal_points (file_id, observation, ccode, actor_id, year, body) VALUES ($1, $2, $3, $4, $5, $6);",
                id, p.Observation, p.CountryCode, p.ActorId, p.Year, EntenteJson.Serialize(p));
        }

        await transaction.CommitAsync(cancellationToken);
        return new DatasetImportSummary(points.File, false, points.Points.Count);
    });

    /// <summary>A state's ideal points by year from the current file, by COW code (the dataset's own key).</summary>
    public Task<IReadOnlyList<IdealPoint>> IdealPointsAsync(int countryCode, string? version = null, CancellationToken cancellationToken = default) => Guard<IReadOnlyList<IdealPoint>>(async () =>
    {
        if (await CurrentFileIdAsync(DatasetNames.Unga, IdealPointLayout, version, cancellationToken) is not { } file)
        {
            return [];
        }

        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT body FROM unga_ideal_points WHERE file_id = $file AND ccode = $code ORDER BY year, observation;";
        command.Parameters.AddWithValue("$file", file);
        command.Parameters.AddWithValue("$code", countryCode);
        var points = new List<IdealPoint>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            points.Add(EntenteJson.Deserialize<IdealPoint>(reader.GetString(0)));
        }

        return points;
    });

    /// <summary>The ideal-point distance of two states (COW codes) in every year both have a point; other years are missing.</summary>
    public Task<IReadOnlyList<IdealPointDistance>> IdealPointDistancesAsync(int codeA, int codeB, string? version = null, CancellationToken cancellationToken = default) => Guard<IReadOnlyList<IdealPointDistance>>(async () =>
    {
        var b = (await IdealPointsAsync(codeB, version, cancellationToken)).GroupBy(p => p.Year).ToDictionary(g => g.Key, g => g.First());
        return [.. (await IdealPointsAsync(codeA, version, cancellationToken))
            .Where(a => b.ContainsKey(a.Year)).Select(a => IdealPointDistance.Between(a, b[a.Year]))];
    });
}
