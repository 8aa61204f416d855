using Entente.Alliances;
using Entente.Datasets;
using Entente.Serialization;
using Entente.Storage.Sqlite;

namespace Entente.Storage.Datasets;

/// <summary>ATOP: storing an alliance-level or member-level file, and reading alliances, memberships and a pair's history.</summary>
public sealed partial class SqliteDatasetStore
{
    public Task<DatasetImportSummary> ImportAtopAsync(AtopFile atop, CancellationToken cancellationToken = default) => Guard<DatasetImportSummary>(async () =>
    {
        await using var transaction = _connection.BeginTransaction(deferred: false);
        using var session = new SqliteWriteSession(transaction);
        if (await RecordFileAsync(session, atop.File, atop.Rejected, cancellationToken) is not { } id)
        {
            return new DatasetImportSummary(atop.File, true, 0);
        }

        foreach (var alliance in atop.Alliances)
        {
            cancellationToken.ThrowIfCancellationRequested();
            session.Execute("INSERT INTO atop_alliances (file_id, atopid, line, body) VALUES ($1, $2, $3, $4);",
                id, alliance.AtopId, alliance.Line, EntenteJson.Serialize(alliance));
        }

        foreach (var m in atop.Memberships)
        {
            cancellationToken.ThrowIfCancellationRequested();
            session.Execute("""
                INSERT INTO atop_members (file_id, line, atopid, member, actor_id, year_from, year_to, body)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8);
                """, id, m.Line, m.AtopId, m.MemberCode, m.ActorId, m.Entered.Year, m.Exited?.Year, EntenteJson.Serialize(m));
        }

        await transaction.CommitAsync(cancellationToken);
        return new DatasetImportSummary(atop.File, false, atop.Alliances.Count + atop.Memberships.Count);
    });

    /// <summary>Alliances of the current alliance-level file, all or those numbered; empty when none is imported.</summary>
    public Task<IReadOnlyList<AtopAlliance>> AtopAlliancesAsync(IReadOnlyCollection<int>? atopIds = null, string? version = null, CancellationToken cancellationToken = default) => Guard<IReadOnlyList<AtopAlliance>>(async () =>
    {
        if (await CurrentFileIdAsync(DatasetNames.Atop, AtopFile.AllianceLayout, version, cancellationToken) is not { } file)
        {
            return [];
        }

        var all = await BodiesAsync<AtopAlliance>("SELECT body FROM atop_alliances WHERE file_id = $file ORDER BY atopid;", file, cancellationToken);
        return atopIds is null ? all : [.. all.Where(a => atopIds.Contains(a.AtopId))];
    });

    /// <summary>Memberships of the current member-level file, all or those of the given member codes (COW codes).</summary>
    public Task<IReadOnlyList<AtopMembership>> AtopMembershipsAsync(IReadOnlyCollection<int>? memberCodes = null, string? version = null, CancellationToken cancellationToken = default) => Guard<IReadOnlyList<AtopMembership>>(async () =>
    {
        if (await CurrentFileIdAsync(DatasetNames.Atop, AtopFile.MemberLayout, version, cancellationToken) is not { } file)
        {
            return [];
        }

        var all = await BodiesAsync<AtopMembership>("SELECT body FROM atop_members WHERE file_id = $file ORDER BY line;", file, cancellationToken);
        return memberCodes is null ? all : [.. all.Where(m => memberCodes.Contains(m.MemberCode))];
    });

    /// <summary>The ATOP alliances two states (COW codes) shared, with the alliance-level record where imported.</summary>
    public Task<IReadOnlyList<AtopSharedAlliance>> AtopSharedAsync(int codeA, int codeB, string? version = null, CancellationToken cancellationToken = default) => Guard<IReadOnlyList<AtopSharedAlliance>>(async () =>
    {
        var memberships = await AtopMembershipsAsync([codeA, codeB], version, cancellationToken);
        var ids = memberships.Select(m => m.AtopId).ToHashSet();
        var alliances = (await AtopAlliancesAsync(ids, version, cancellationToken)).ToDictionary(a => a.AtopId);
        return AtopSharedAlliance.Between(memberships, alliances, codeA, codeB);
    });

    /// <summary>Every state's alliance portfolio from the current member-level file, for S-scores.</summary>
    public async Task<AlliancePortfolios> AtopPortfoliosAsync(string? version = null, CancellationToken cancellationToken = default) =>
        new(await AtopMembershipsAsync(null, version, cancellationToken));

    private async Task<IReadOnlyList<T>> BodiesAsync<T>(string sql, long file, CancellationToken cancellationToken)
    {
        var bodies = new List<T>();
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$file", file);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            bodies.Add(EntenteJson.Deserialize<T>(reader.GetString(0)));
        }

        return bodies;
    }
}
