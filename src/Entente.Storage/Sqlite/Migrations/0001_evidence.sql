-- The evidence store. Each record keeps its full JSON body; the other columns exist to filter and join.
CREATE TABLE imports (
    id            INTEGER PRIMARY KEY,
    bundle_id     TEXT,
    origin        TEXT NOT NULL,
    started_at    TEXT NOT NULL,
    added         INTEGER NOT NULL DEFAULT 0,
    updated       INTEGER NOT NULL DEFAULT 0,
    unchanged     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE actors (
    id            TEXT PRIMARY KEY,
    kind          TEXT NOT NULL,
    name          TEXT NOT NULL,
    version       INTEGER NOT NULL,
    content_hash  TEXT NOT NULL,
    body          TEXT NOT NULL,
    import_id     INTEGER NOT NULL REFERENCES imports(id)
);

CREATE TABLE sources (
    id            TEXT PRIMARY KEY,
    kind          TEXT NOT NULL,
    publisher     TEXT,
    title         TEXT NOT NULL,
    date_from     TEXT,
    reliability   TEXT,
    credibility   INTEGER,
    version       INTEGER NOT NULL,
    content_hash  TEXT NOT NULL,
    body          TEXT NOT NULL,
    import_id     INTEGER NOT NULL REFERENCES imports(id)
);

CREATE TABLE items (
    id            TEXT PRIMARY KEY,
    type          TEXT NOT NULL,
    date_from     TEXT NOT NULL,
    date_to       TEXT NOT NULL,
    summary       TEXT NOT NULL,
    version       INTEGER NOT NULL,
    content_hash  TEXT NOT NULL,
    body          TEXT NOT NULL,
    import_id     INTEGER NOT NULL REFERENCES imports(id)
);
CREATE INDEX items_type ON items(type);
CREATE INDEX items_dates ON items(date_from, date_to);

CREATE TABLE item_actors (
    item_id   TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    actor_id  TEXT NOT NULL,
    role      TEXT NOT NULL,
    PRIMARY KEY (item_id, actor_id, role)
);
CREATE INDEX item_actors_actor ON item_actors(actor_id);

CREATE TABLE item_themes (
    item_id  TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    theme    TEXT NOT NULL,
    PRIMARY KEY (item_id, theme)
);

CREATE TABLE item_sources (
    item_id      TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,
    source_id    TEXT NOT NULL REFERENCES sources(id),
    credibility  INTEGER,
    PRIMARY KEY (item_id, ordinal)
);
CREATE INDEX item_sources_source ON item_sources(source_id);

-- Earlier versions of edited records, so that what the store said before stays queryable.
CREATE TABLE record_versions (
    record_kind      TEXT NOT NULL,
    record_id        TEXT NOT NULL,
    version          INTEGER NOT NULL,
    content_hash     TEXT NOT NULL,
    body             TEXT NOT NULL,
    import_id        INTEGER NOT NULL REFERENCES imports(id),
    superseded_by    INTEGER NOT NULL REFERENCES imports(id),
    PRIMARY KEY (record_kind, record_id, version)
);

-- Full-text search over item summaries and the titles of the sources they cite; rowid = items.rowid.
CREATE VIRTUAL TABLE evidence_text USING fts5(summary, source_titles, tokenize = 'unicode61 remove_diacritics 2');
