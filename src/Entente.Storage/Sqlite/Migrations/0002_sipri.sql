-- SIPRI Arms Transfers Database imports. Every value belongs to one imported file of one release;
-- releases are never merged: the same dyad-year from two releases is two facts.
CREATE TABLE sipri_files (
    id            INTEGER PRIMARY KEY,
    release       TEXT NOT NULL,
    generated_at  TEXT NOT NULL,
    layout        TEXT NOT NULL,
    origin        TEXT NOT NULL,
    sha256        TEXT NOT NULL UNIQUE,
    first_year    INTEGER NOT NULL,
    last_year     INTEGER NOT NULL,
    rows_read     INTEGER NOT NULL,
    repaired      INTEGER NOT NULL,
    imported_at   TEXT NOT NULL
);

CREATE TABLE sipri_deals (
    file_id    INTEGER NOT NULL REFERENCES sipri_files(id) ON DELETE CASCADE,
    deal_key   TEXT NOT NULL,
    supplier   TEXT NOT NULL,
    recipient  TEXT NOT NULL,
    order_year INTEGER,
    line       INTEGER NOT NULL,
    body       TEXT NOT NULL,
    PRIMARY KEY (file_id, deal_key)
);
CREATE INDEX sipri_deals_dyad ON sipri_deals(supplier, recipient);

CREATE TABLE sipri_deliveries (
    file_id          INTEGER NOT NULL REFERENCES sipri_files(id) ON DELETE CASCADE,
    deal_key         TEXT NOT NULL,
    supplier         TEXT NOT NULL,
    recipient        TEXT NOT NULL,
    year             INTEGER NOT NULL,
    tiv              TEXT NOT NULL,
    number           INTEGER,
    number_estimated INTEGER NOT NULL,
    year_estimated   INTEGER NOT NULL,
    category         TEXT,
    line             INTEGER NOT NULL
);
CREATE INDEX sipri_deliveries_file ON sipri_deliveries(file_id, supplier, recipient, year);

CREATE TABLE sipri_table_values (
    file_id  INTEGER NOT NULL REFERENCES sipri_files(id) ON DELETE CASCADE,
    actor    TEXT NOT NULL,
    region   TEXT,
    year     INTEGER NOT NULL,
    tiv      TEXT,
    line     INTEGER NOT NULL
);
CREATE INDEX sipri_table_values_file ON sipri_table_values(file_id, actor, year);
