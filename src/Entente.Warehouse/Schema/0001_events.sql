-- Entente event warehouse, schema 1. Codes are strings (leading zeros kept); dates are DATE; Goldstein and tone DOUBLE.
-- Every event row knows the import (file, release) and the line it came from; (dataset, event_id) is unique.
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

CREATE TABLE IF NOT EXISTS events (
    dataset VARCHAR NOT NULL,          -- gdelt1 | gdelt2 | icews
    event_id BIGINT NOT NULL,          -- GLOBALEVENTID or ICEWS Event ID
    event_date DATE NOT NULL,          -- SQLDATE or Event Date
    date_added TIMESTAMP,              -- GDELT DATEADDED
    actor1_id VARCHAR,                 -- canonical actor id (registry): RUS, CHN ...
    actor1_code VARCHAR,               -- CAMEO actor code as coded (RUSGOVMIL)
    actor1_name VARCHAR,
    actor1_country VARCHAR,            -- CAMEO country code (ICEWS names resolved to it)
    actor1_type VARCHAR,               -- CAMEO type (role) code: GOV, MIL ...
    actor1_sectors VARCHAR,            -- ICEWS sectors
    actor2_id VARCHAR,
    actor2_code VARCHAR,
    actor2_name VARCHAR,
    actor2_country VARCHAR,
    actor2_type VARCHAR,
    actor2_sectors VARCHAR,
    is_root_event BOOLEAN,
    event_code VARCHAR NOT NULL,       -- CAMEO event code, "062"
    event_base_code VARCHAR,
    event_root_code VARCHAR,
    quad_class UTINYINT,
    goldstein DOUBLE,                  -- GDELT GoldsteinScale, ICEWS Intensity
    num_mentions INTEGER,
    num_sources INTEGER,
    num_articles INTEGER,
    avg_tone DOUBLE,
    event_text VARCHAR,                -- ICEWS Event Text
    action_country VARCHAR,            -- FIPS 10-4 (GDELT geography)
    action_place VARCHAR,
    action_lat DOUBLE,
    action_long DOUBLE,
    publisher VARCHAR,                 -- ICEWS Publisher
    source_url VARCHAR,                -- GDELT SOURCEURL
    actor1_key USMALLINT,              -- actor_keys.actor_key of actor1_id: integer filters scan fast
    actor2_key USMALLINT,
    dyad_key UINTEGER,                 -- undirected dyad: smaller key * 65536 + larger key
    signature UBIGINT,                 -- 64-bit FNV-1a of dataset, date, actor codes and ids, event code, place: "distinct events"
    import_id INTEGER NOT NULL,
    line BIGINT NOT NULL
);

-- Small integer keys for the canonical actor ids found in events, assigned on first sight.
CREATE TABLE IF NOT EXISTS actor_keys (
    actor_key USMALLINT NOT NULL,
    actor_id VARCHAR NOT NULL
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
