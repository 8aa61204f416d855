-- Research datasets (ATOP, MME, UNGA ideal points). Every row belongs to one imported file, which is the
-- dataset's source record: provider, release, layout, SHA-256. The same file imported twice is one record.
-- A file's valid rows are stored in one transaction; its bad rows are kept in dataset_rejects.
CREATE TABLE dataset_files (
    id           INTEGER PRIMARY KEY,
    dataset      TEXT NOT NULL,
    provider     TEXT NOT NULL,
    version      TEXT NOT NULL,
    layout       TEXT NOT NULL,
    origin       TEXT NOT NULL,
    sha256       TEXT NOT NULL,
    rows_read    INTEGER NOT NULL,
    rows_rejected INTEGER NOT NULL,
    first_year   INTEGER,
    last_year    INTEGER,
    citation     TEXT,
    imported_at  TEXT NOT NULL,
    UNIQUE (dataset, sha256)
);

-- Rows of a file that could not be imported, with why; the file's other rows are stored.
CREATE TABLE dataset_rejects (
    file_id  INTEGER NOT NULL REFERENCES dataset_files(id) ON DELETE CASCADE,
    line     INTEGER NOT NULL,
    reason   TEXT NOT NULL,
    PRIMARY KEY (file_id, line)
);

CREATE TABLE atop_alliances (
    file_id  INTEGER NOT NULL REFERENCES dataset_files(id) ON DELETE CASCADE,
    atopid   INTEGER NOT NULL,
    line     INTEGER NOT NULL,
    body     TEXT NOT NULL,
    PRIMARY KEY (file_id, atopid)
);

CREATE TABLE atop_members (
    file_id    INTEGER NOT NULL REFERENCES dataset_files(id) ON DELETE CASCADE,
    line       INTEGER NOT NULL,
    atopid     INTEGER NOT NULL,
    member     INTEGER NOT NULL,
    actor_id   TEXT,
    year_from  INTEGER NOT NULL,
    year_to    INTEGER,
    body       TEXT NOT NULL,
    PRIMARY KEY (file_id, line)
);
CREATE INDEX atop_members_member ON atop_members(file_id, member);

CREATE TABLE unga_ideal_points (
    file_id      INTEGER NOT NULL REFERENCES dataset_files(id) ON DELETE CASCADE,
    observation  INTEGER NOT NULL,
    ccode        INTEGER NOT NULL,
    actor_id     TEXT,
    year         INTEGER NOT NULL,
    body         TEXT NOT NULL,
    PRIMARY KEY (file_id, observation)
);
CREATE INDEX unga_ideal_points_actor ON unga_ideal_points(file_id, actor_id, year);

-- MME exercises are evidence items (type exercise); this keeps the row each came from.
-- MMEIDs repeat in v7 (three ids name two exercises each), so a row is keyed by its line.
CREATE TABLE mme_rows (
    file_id  INTEGER NOT NULL REFERENCES dataset_files(id) ON DELETE CASCADE,
    mmeid    TEXT NOT NULL,
    item_id  TEXT NOT NULL,
    line     INTEGER NOT NULL,
    body     TEXT NOT NULL,
    PRIMARY KEY (file_id, line)
);
CREATE INDEX mme_rows_item ON mme_rows(item_id);
