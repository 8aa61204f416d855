-- Structured analysis: ACH matrices, watch rules with their status history, forecast logs.
-- Every write is a revision (who, when, from where); ratings, rule versions, statuses and forecast entries are
-- appended, never overwritten, so any earlier state of a judgement can be replayed.
CREATE TABLE analysis_revisions (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL,          -- ach, rule, forecast, bundle
    subject   TEXT NOT NULL,          -- case, rule or forecast id; the bundle path for an import
    author    TEXT NOT NULL,
    origin    TEXT NOT NULL,          -- a bundle path, a rule file, or 'cli'
    at        TEXT NOT NULL
);

CREATE TABLE ach_matrices (
    case_id      TEXT PRIMARY KEY,
    question     TEXT,
    author       TEXT NOT NULL,
    hypotheses   TEXT NOT NULL,       -- JSON [{id, title}], in display order
    revision_id  INTEGER NOT NULL REFERENCES analysis_revisions(id)
);

CREATE TABLE ach_rows (
    case_id             TEXT NOT NULL REFERENCES ach_matrices(case_id),
    item_id             TEXT NOT NULL REFERENCES items(id),
    ordinal             INTEGER NOT NULL,
    relevance           TEXT NOT NULL,
    credibility         TEXT,         -- an analyst's override; NULL: from the item's grades
    credibility_reason  TEXT,
    cautions            INTEGER NOT NULL DEFAULT 0,
    revision_id         INTEGER NOT NULL REFERENCES analysis_revisions(id),
    PRIMARY KEY (case_id, item_id)
);

-- Append-only: the current rating of a cell is its row with the highest revision.
CREATE TABLE ach_ratings (
    revision_id  INTEGER NOT NULL REFERENCES analysis_revisions(id),
    case_id      TEXT NOT NULL REFERENCES ach_matrices(case_id),
    item_id      TEXT NOT NULL REFERENCES items(id),
    hypothesis   TEXT NOT NULL,
    rating       TEXT NOT NULL CHECK (rating IN ('CC', 'C', 'N', 'I', 'II', 'NA')),
    why          TEXT NOT NULL,
    PRIMARY KEY (case_id, item_id, hypothesis, revision_id)
);

CREATE TABLE watch_rule_versions (
    rule_id       TEXT NOT NULL,
    version       INTEGER NOT NULL,
    content_hash  TEXT NOT NULL,
    body          TEXT NOT NULL,      -- JSON of the rule as read
    revision_id   INTEGER NOT NULL REFERENCES analysis_revisions(id),
    PRIMARY KEY (rule_id, version)
);

CREATE TABLE watch_rule_status (
    id           INTEGER PRIMARY KEY,
    rule_id      TEXT NOT NULL,
    state        TEXT NOT NULL CHECK (state IN ('quiet', 'triggered', 'acknowledged')),
    at           TEXT NOT NULL,
    reason       TEXT NOT NULL,
    refs         TEXT NOT NULL,       -- JSON: the items or rows that triggered it
    findings     TEXT NOT NULL,       -- JSON: each finding with its measured change
    revision_id  INTEGER NOT NULL REFERENCES analysis_revisions(id)
);
CREATE INDEX watch_rule_status_rule ON watch_rule_status(rule_id, id);

CREATE TABLE forecast_log (
    id             INTEGER PRIMARY KEY,
    forecast_id    TEXT NOT NULL REFERENCES items(id),
    entry          TEXT NOT NULL CHECK (entry IN ('update', 'resolution')),
    on_date        TEXT NOT NULL,
    author         TEXT NOT NULL,
    body           TEXT NOT NULL,     -- JSON of the log entry
    content_hash   TEXT NOT NULL,
    revision_id    INTEGER NOT NULL REFERENCES analysis_revisions(id),
    UNIQUE (forecast_id, content_hash)
);
CREATE UNIQUE INDEX forecast_log_one_resolution ON forecast_log(forecast_id) WHERE entry = 'resolution';
