-- Entente event warehouse, schema 2. Codes are terms (strings kept once, leading zeros kept); dates are DATE; Goldstein
-- and tone DOUBLE. Every event row knows the import (file, release) and the line it came from; (dataset, event_id) is unique.
CREATE TABLE IF NOT EXISTS warehouse_info (key VARCHAR, value VARCHAR);

CREATE TABLE IF NOT EXISTS imports (
    import_id INTEGER NOT NULL,
    dataset VARCHAR,
    layout VARCHAR,
    path VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    release VARCHAR,
    fingerprint VARCHAR NOT NULL,
    bytes BIGINT,
    started_at TIMESTAMP,
    finished_at TIMESTAMP,
    status VARCHAR NOT NULL,           -- complete | partial (ended early) | rejected (not this kind of file)
    rows_read BIGINT,
    rows_added BIGINT,
    rows_duplicate BIGINT,
    rows_rejected BIGINT
);

-- Every coded string once, with its key: CAMEO codes, country and type codes, registry actor ids, actor names, places,
-- publishers, dataset names. Keys are dense from 1 in order of first sight; the columns marked "term" hold them.
CREATE TABLE IF NOT EXISTS terms (
    term_key UINTEGER NOT NULL,
    term VARCHAR NOT NULL
);

-- The events as stored. Users and exports read the view `events` (created by the warehouse), which has the same
-- columns with every term key replaced by its string.
CREATE TABLE IF NOT EXISTS event_rows (
    dataset UINTEGER NOT NULL,         -- term: gdelt1 | gdelt2 | icews
    event_id BIGINT NOT NULL,          -- GLOBALEVENTID or ICEWS Event ID
    event_date DATE NOT NULL,          -- SQLDATE or Event Date
    date_added TIMESTAMP,              -- GDELT DATEADDED
    actor1_id UINTEGER,                -- term: canonical actor id (registry): RUS, CHN ...
    actor1_code UINTEGER,              -- term: CAMEO actor code as coded (RUSGOVMIL)
    actor1_name UINTEGER,              -- term
    actor1_country UINTEGER,           -- term: CAMEO country code (ICEWS names resolved to it; a name the registry lacks, as written)
    actor1_type UINTEGER,              -- term: CAMEO type (role) code: GOV, MIL ...
    actor1_sectors UINTEGER,           -- term: ICEWS sectors
    actor2_id UINTEGER,
    actor2_code UINTEGER,
    actor2_name UINTEGER,
    actor2_country UINTEGER,
    actor2_type UINTEGER,
    actor2_sectors UINTEGER,
    is_root_event BOOLEAN,
    event_code UINTEGER NOT NULL,      -- term: CAMEO event code, "062"
    event_base_code UINTEGER,          -- term
    event_root_code UINTEGER,          -- term
    quad_class UTINYINT,
    goldstein DOUBLE,                  -- GDELT GoldsteinScale, ICEWS Intensity
    num_mentions INTEGER,
    num_sources INTEGER,
    num_articles INTEGER,
    avg_tone DOUBLE,
    event_text VARCHAR,                -- ICEWS Event Text
    action_country UINTEGER,           -- term: FIPS 10-4 (GDELT geography)
    action_place UINTEGER,             -- term
    action_lat DOUBLE,
    action_long DOUBLE,
    publisher UINTEGER,                -- term: ICEWS Publisher
    source_url VARCHAR,                -- GDELT SOURCEURL
    import_id INTEGER NOT NULL,
    line BIGINT NOT NULL
);

-- The series columns of every event whose two actors are registry actors, written in the same transaction as
-- event_rows and sorted by dyad within each commit, so a dyad's rows sit together and a dyad query reads a few row
-- groups instead of every row group of event_rows.
CREATE TABLE IF NOT EXISTS dyad_events (
    dyad_key UBIGINT NOT NULL,         -- undirected dyad: smaller actor term key << 32 | larger
    actor1_id UINTEGER NOT NULL,       -- term
    actor2_id UINTEGER NOT NULL,       -- term
    event_date DATE NOT NULL,
    dataset UINTEGER NOT NULL,         -- term
    event_code UINTEGER NOT NULL,      -- term
    actor1_type UINTEGER,              -- term
    actor2_type UINTEGER,              -- term
    quad_class UTINYINT,
    goldstein DOUBLE,
    num_mentions INTEGER,
    num_sources INTEGER,
    num_articles INTEGER,
    avg_tone DOUBLE,
    signature UBIGINT NOT NULL         -- "distinct events": a 64-bit hash of dataset, day, actor codes and ids, event code, place
);

CREATE TABLE IF NOT EXISTS mentions (
    event_id BIGINT NOT NULL,
    event_time TIMESTAMP,
    mention_time TIMESTAMP,
    mention_type UTINYINT,
    source_name VARCHAR,
    identifier VARCHAR,
    sentence_id INTEGER,
    actor1_offset INTEGER,
    actor2_offset INTEGER,
    action_offset INTEGER,
    in_raw_text BOOLEAN,
    confidence INTEGER,
    doc_length INTEGER,
    doc_tone DOUBLE,
    translation_info VARCHAR,
    import_id INTEGER NOT NULL,
    line BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS rejects (
    import_id INTEGER NOT NULL,
    path VARCHAR NOT NULL,
    line BIGINT NOT NULL,
    reason VARCHAR NOT NULL,
    content VARCHAR
);

-- Added within schema 2 (older schema-2 files gain them on open): what a file was imported as ("gdelt events"), so the
-- same file passed as another table is refused by name; and rejects rows that were kept (imported, with a raw value
-- Entente could not interpret, such as an ICEWS country name the registry does not know).
ALTER TABLE imports ADD COLUMN IF NOT EXISTS target VARCHAR;
ALTER TABLE rejects ADD COLUMN IF NOT EXISTS kept BOOLEAN DEFAULT false;
