using Entente.Actors;
using Entente.Evidence;
using Entente.Sources;

namespace Entente.Storage.Sqlite;

/// <summary>Row writers for each kind of record, and the full-text index they feed.</summary>
public sealed partial class SqliteEvidenceStore
{
    private static Task WriteActorAsync(SqliteWriteSession session, Actor actor, RecordWrite write, CancellationToken cancellationToken) =>
        session.ExecuteAsync("""
            INSERT INTO actors (id, kind, name, version, content_hash, body, import_id, owner) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name, version = excluded.version,
                content_hash = excluded.content_hash, body = excluded.body, import_id = excluded.import_id, owner = excluded.owner;
            """, cancellationToken, actor.Id, ActorCodebook.KindId(actor.Kind), actor.Name, write.Version, write.Hash, write.Body, write.ImportId, write.Owner);

    private static Task WriteSourceAsync(SqliteWriteSession session, Source source, RecordWrite write, CancellationToken cancellationToken) =>
        session.ExecuteAsync("""
            INSERT INTO sources (id, kind, publisher, title, date_from, reliability, credibility, version, content_hash, body, import_id, owner)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
            ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, publisher = excluded.publisher, title = excluded.title,
                date_from = excluded.date_from, reliability = excluded.reliability, credibility = excluded.credibility,
                version = excluded.version, content_hash = excluded.content_hash, body = excluded.body, import_id = excluded.import_id, owner = excluded.owner;
            """, cancellationToken,
            source.Id, source.Kind, source.Publisher, source.Title.Display, source.Date?.Start.ToString("yyyy-MM-dd"),
            source.Grade?.Reliability.ToString(), source.Grade?.Credibility, write.Version, write.Hash, write.Body, write.ImportId, write.Owner);

    private static async Task WriteItemAsync(SqliteWriteSession session, EvidenceItem item, RecordWrite write, CancellationToken cancellationToken)
    {
        await session.ExecuteAsync("""
            INSERT INTO items (id, type, date_from, date_to, summary, version, content_hash, body, import_id, owner)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
            ON CONFLICT (id) DO UPDATE SET type = excluded.type, date_from = excluded.date_from, date_to = excluded.date_to,
                summary = excluded.summary, version = excluded.version, content_hash = excluded.content_hash,
                body = excluded.body, import_id = excluded.import_id, owner = excluded.owner;
            """, cancellationToken,
            item.Id, item.Type, item.Date.Start.ToString("yyyy-MM-dd"), item.Date.End.ToString("yyyy-MM-dd"), item.Summary,
            write.Version, write.Hash, write.Body, write.ImportId, write.Owner);
        await session.ExecuteAsync("DELETE FROM item_actors WHERE item_id = $1;", cancellationToken, item.Id);
        await session.ExecuteAsync("DELETE FROM item_themes WHERE item_id = $1;", cancellationToken, item.Id);
        await session.ExecuteAsync("DELETE FROM item_sources WHERE item_id = $1;", cancellationToken, item.Id);

        foreach (var role in item.Actors.Distinct())
        {
            await session.ExecuteAsync("INSERT INTO item_actors (item_id, actor_id, role) VALUES ($1, $2, $3);", cancellationToken, item.Id, role.Actor, role.Role);
        }

        foreach (var theme in item.Themes.Distinct())
        {
            await session.ExecuteAsync("INSERT INTO item_themes (item_id, theme) VALUES ($1, $2);", cancellationToken, item.Id, theme);
        }

        for (var i = 0; i < item.Sources.Count; i++)
        {
            await session.ExecuteAsync("INSERT INTO item_sources (item_id, ordinal, source_id, credibility) VALUES ($1, $2, $3, $4);",
                cancellationToken, item.Id, i, item.Sources[i].Source, item.Sources[i].Credibility);
        }
    }

    /// <summary>Re-indexes changed items and every item citing a changed source (its title may have changed).</summary>
    private static async Task RefreshSearchTextAsync(SqliteWriteSession session, IReadOnlyList<string> items, IReadOnlyList<string> sources, CancellationToken cancellationToken)
    {
        var affected = new HashSet<string>(items, StringComparer.Ordinal);
        foreach (var source in sources)
        {
            await using var reader = await session.Command("SELECT DISTINCT item_id FROM item_sources WHERE source_id = $1;", source).ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                affected.Add(reader.GetString(0));
            }
        }

        foreach (var item in affected)
        {
            await session.ExecuteAsync("DELETE FROM evidence_text WHERE rowid = (SELECT rowid FROM items WHERE id = $1);", cancellationToken, item);
            await session.ExecuteAsync("""
                INSERT INTO evidence_text (rowid, summary, source_titles)
                SELECT i.rowid, i.summary, coalesce((SELECT group_concat(s.title || ' ' || coalesce(json_extract(s.body, '$.title.original'), '')
                    || ' ' || coalesce(json_extract(s.body, '$.title.transliteration'), '') || ' ' || coalesce(s.publisher, ''), ' ')
                    FROM item_sources x JOIN sources s ON s.id = x.source_id WHERE x.item_id = i.id), '')
                FROM items i WHERE i.id = $1;
                """, cancellationToken, item);
        }
    }
}
