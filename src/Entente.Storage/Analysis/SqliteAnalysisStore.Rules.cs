using System.Globalization;
using Entente.Serialization;
using Entente.Storage.Sqlite;
using Entente.Warnings;

namespace Entente.Storage.Analysis;

public sealed partial class SqliteAnalysisStore
{
    /// <summary>Stores a rule definition as its next version unless the latest stored version is identical; true when a version was added.</summary>
    public async Task<bool> SaveRuleAsync(WatchRule rule, string origin, CancellationToken cancellationToken = default)
    {
        await using var transaction = _connection.BeginTransaction(deferred: false);
        using var session = new SqliteWriteSession(transaction);
        var revision = await RevisionAsync(session, "rule", rule.Id, "rule file", origin, cancellationToken);
        var added = await SaveRuleAsync(session, rule, revision, cancellationToken);
        await (added ? transaction.CommitAsync(cancellationToken) : transaction.RollbackAsync(cancellationToken));
        return added;
    }

    /// <summary>The current version of every stored rule.</summary>
    public async Task<IReadOnlyList<WatchRule>> RulesAsync(CancellationToken cancellationToken = default) =>
        await ReadAsync("SELECT body FROM watch_rule_versions a WHERE version = (SELECT max(version) FROM watch_rule_versions b WHERE b.rule_id = a.rule_id) ORDER BY rule_id;",
            r => EntenteJson.Deserialize<WatchRule>(r.GetString(0)), cancellationToken);

    /// <summary>A rule's status history, oldest first.</summary>
    public async Task<IReadOnlyList<RuleStatus>> StatusHistoryAsync(string rule, CancellationToken cancellationToken = default) =>
        await ReadAsync("SELECT rule_id, state, at, reason, refs FROM watch_rule_status WHERE rule_id = $1 ORDER BY id;", Status, cancellationToken, rule);

    /// <summary>The latest status of every rule that has one.</summary>
    public async Task<IReadOnlyList<RuleStatus>> BoardAsync(CancellationToken cancellationToken = default) =>
        await ReadAsync("SELECT rule_id, state, at, reason, refs FROM watch_rule_status a WHERE id = (SELECT max(id) FROM watch_rule_status b WHERE b.rule_id = a.rule_id) ORDER BY rule_id;",
            Status, cancellationToken);

    /// <summary>Appends a status with the findings behind it, when it differs from the latest (a run that changes nothing adds no line).</summary>
    public async Task<bool> RecordStatusAsync(RuleStatus status, IReadOnlyList<RuleFinding> findings, string author, CancellationToken cancellationToken = default)
    {
        var latest = (await BoardAsync(cancellationToken)).FirstOrDefault(s => s.Rule == status.Rule);
        if (latest is not null && latest.State == status.State && latest.Refs.SequenceEqual(status.Refs) && latest.Reason == status.Reason)
        {
            return false;
        }

        await using var transaction = _connection.BeginTransaction(deferred: false);
        using var session = new SqliteWriteSession(transaction);
        var revision = await RevisionAsync(session, "rule", status.Rule, author, "cli", cancellationToken);
        await session.ExecuteAsync("INSERT INTO watch_rule_status (rule_id, state, at, reason, refs, findings, revision_id) VALUES ($1, $2, $3, $4, $5, $6, $7);",
            cancellationToken, status.Rule, status.State.ToString().ToLowerInvariant(), status.At.ToString("O", CultureInfo.InvariantCulture), status.Reason,
            EntenteJson.Serialize(status.Refs), EntenteJson.Serialize(findings), revision);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static async Task<bool> SaveRuleAsync(SqliteWriteSession session, WatchRule rule, long revision, CancellationToken cancellationToken)
    {
        var body = EntenteJson.Serialize(rule with { File = null });
        var hash = EntenteJson.HashOf(body);
        if (await session.ScalarAsync("SELECT content_hash FROM watch_rule_versions WHERE rule_id = $1 ORDER BY version DESC LIMIT 1;", cancellationToken, rule.Id) as string == hash)
        {
            return false;
        }

        await session.ExecuteAsync("""
            INSERT INTO watch_rule_versions (rule_id, version, content_hash, body, revision_id)
            VALUES ($1, (SELECT coalesce(max(version), 0) + 1 FROM watch_rule_versions WHERE rule_id = $1), $2, $3, $4);
            """, cancellationToken, rule.Id, hash, body, revision);
        return true;
    }

    private static RuleStatus Status(Microsoft.Data.Sqlite.SqliteDataReader r) =>
        new(r.GetString(0), Enum.Parse<RuleState>(r.GetString(1), ignoreCase: true), DateTimeOffset.Parse(r.GetString(2), CultureInfo.InvariantCulture), r.GetString(3),
            EntenteJson.Deserialize<List<string>>(r.GetString(4)));
}
