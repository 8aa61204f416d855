using System.Globalization;
using System.Text;
using Entente.Actors;
using Entente.Evidence;
using Entente.Sources;
using Microsoft.Data.Sqlite;

namespace Entente.Storage.Sqlite;

/// <summary>Reading: evidence filters become parameterised SQL; user text never becomes SQL or FTS syntax.</summary>
public sealed partial class SqliteEvidenceStore
{
    public Task<IReadOnlyList<EvidenceItem>> QueryItemsAsync(EvidenceQuery query, CancellationToken cancellationToken = default) =>
        GuardAsync(() => QueryItemsGuardedAsync(query, cancellationToken));

    public Task<IReadOnlyList<Source>> QuerySourcesAsync(SourceQuery query, CancellationToken cancellationToken = default) =>
        GuardAsync(() => QuerySourcesGuardedAsync(query, cancellationToken));

    private async Task<IReadOnlyList<EvidenceItem>> QueryItemsGuardedAsync(EvidenceQuery query, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        var sql = new StringBuilder("SELECT i.body FROM items i WHERE 1 = 1");
        var n = 0;
        string Param(object value)
        {
            var name = $"$p{n++}";
            command.Parameters.AddWithValue(name, value);
            return name;
        }

        IEnumerable<string> actors = query.Dyad is { } dyad ? [dyad.A, dyad.B, .. query.Actors] : query.Actors;
        var registry = query.ExactActors ? null : await RegistryAsync(cancellationToken);
        foreach (var actor in actors.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            // An actor stands for itself and its parts (CHN: the PLA and the PLA Navy), unless only the exact actor is asked for.
            IReadOnlyCollection<string> family = registry is null ? [actor] : registry.WithParts(actor);
            sql.Append($" AND EXISTS (SELECT 1 FROM item_actors a WHERE a.item_id = i.id AND a.actor_id COLLATE NOCASE IN (SELECT value FROM json_each({Param(Serialization.EntenteJson.Serialize(family))})))");
        }

        if (query.Types.Count > 0)
        {
            sql.Append(" AND (").AppendJoin(" OR ", query.Types.Select(t => $"i.type = {Param(t)} OR i.type LIKE {Param(EscapeLike(t) + ".%")} ESCAPE '\\'")).Append(')');
        }

        if (query.Themes.Count > 0)
        {
            sql.Append($" AND EXISTS (SELECT 1 FROM item_themes t WHERE t.item_id = i.id AND t.theme IN ({string.Join(", ", query.Themes.Select(Param))}))");
        }

        if (query.From is { } from)
        {
            sql.Append($" AND i.date_to >= {Param(from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}");
        }

        if (query.To is { } to)
        {
            sql.Append($" AND i.date_from <= {Param(to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}");
        }

        if (query.MinGrade is { } grade)
        {
            sql.Append($"""
                 AND EXISTS (SELECT 1 FROM item_sources x JOIN sources s ON s.id = x.source_id WHERE x.item_id = i.id
                     AND s.reliability <= {Param(grade.Reliability.ToString())} AND coalesce(x.credibility, s.credibility) <= {Param(grade.Credibility)})
                """);
        }

        if (FullTextQuery(query.Text) is { } text)
        {
            sql.Append($" AND i.rowid IN (SELECT rowid FROM evidence_text WHERE evidence_text MATCH {Param(text)})");
        }

        sql.Append(" ORDER BY i.date_from, i.date_to, i.id");
        if (query.Limit is { } limit)
        {
            sql.Append($" LIMIT {Param(limit)}");
        }

        command.CommandText = sql.ToString();
        return await ReadBodiesAsync<EvidenceItem>(command, cancellationToken);
    }

    private async Task<IReadOnlyList<Source>> QuerySourcesGuardedAsync(SourceQuery query, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        var sql = new StringBuilder("SELECT body FROM sources WHERE 1 = 1");
        if (query.Kind is { } kind)
        {
            sql.Append(" AND kind = $kind");
            command.Parameters.AddWithValue("$kind", kind);
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            // The text fields only: matching the stored JSON would find every source for a key such as "credibility".
            sql.Append("""
                 AND (title LIKE $text ESCAPE '\' OR publisher LIKE $text ESCAPE '\'
                     OR json_extract(body, '$.title.original') LIKE $text ESCAPE '\'
                     OR json_extract(body, '$.title.transliteration') LIKE $text ESCAPE '\'
                     OR json_extract(body, '$.title.translation') LIKE $text ESCAPE '\'
                     OR EXISTS (SELECT 1 FROM json_each(body, '$.authors') WHERE value LIKE $text ESCAPE '\'))
                """);
            command.Parameters.AddWithValue("$text", $"%{EscapeLike(query.Text.Trim())}%");
        }

        if (query.Ids.Count > 0)
        {
            sql.Append(" AND id IN (SELECT value FROM json_each($ids))");
            command.Parameters.AddWithValue("$ids", Serialization.EntenteJson.Serialize(query.Ids));
        }

        command.CommandText = sql.Append(" ORDER BY date_from, id").ToString();
        return await ReadBodiesAsync<Source>(command, cancellationToken);
    }

    /// <summary>The built-in registry with the actors bundles added: it knows which actors are parts of which.</summary>
    private async Task<ActorRegistry> RegistryAsync(CancellationToken cancellationToken) =>
        ActorRegistry.Shipped.With((await ActorsAsync(cancellationToken)).Where(a => !ActorRegistry.Shipped.Contains(a.Id)));

    /// <summary>
    /// Turns what an analyst typed into an FTS5 query of quoted terms, all required: operators, quotes
    /// and column filters in the input are searched for as text, never interpreted.
    /// </summary>
    internal static string? FullTextQuery(string? text)
    {
        var terms = (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(t => new string([.. t.Where(c => !char.IsControl(c))]))
            .Where(t => t.Length > 0)
            .Select(t => $"\"{t.Replace("\"", "\"\"", StringComparison.Ordinal)}\"")
            .ToList();
        return terms.Count == 0 ? null : string.Join(' ', terms);
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    private static async Task<IReadOnlyList<T>> ReadBodiesAsync<T>(SqliteCommand command, CancellationToken cancellationToken)
    {
        var results = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            results.Add(Serialization.EntenteJson.Deserialize<T>(reader.GetString(0)));
        }

        return results;
    }
}
