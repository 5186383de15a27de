-- The newsgraph store schema (SQLite dialect). One row per article holds the whole document
-- as JSON (lossless); the other tables are indexes over it for queries.
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    source TEXT,
    title TEXT,
    byline TEXT,
    outlet TEXT,
    url TEXT,
    language TEXT,
    date TEXT,
    date_inferred INTEGER NOT NULL DEFAULT 0,
    text_hash TEXT NOT NULL,
    document TEXT NOT NULL,
    added_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_date ON articles(date);
CREATE INDEX IF NOT EXISTS articles_hash ON articles(text_hash);

CREATE TABLE IF NOT EXISTS duplicates (
    source TEXT NOT NULL,
    article_id TEXT NOT NULL,
    duplicate_of TEXT NOT NULL REFERENCES articles(id),
    kind TEXT NOT NULL,
    similarity REAL,
    added_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS duplicates_of ON duplicates(duplicate_of);

-- MinHash signatures of stored articles, so a later run finds near-duplicates of them.
CREATE TABLE IF NOT EXISTS fingerprints (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    minhash BLOB NOT NULL
);

CREATE TABLE IF NOT EXISTS entities (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    country TEXT,
    sector TEXT,
    roles TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX IF NOT EXISTS entities_name ON entities(name);

CREATE TABLE IF NOT EXISTS quotes (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    quote_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    content TEXT NOT NULL,
    speaker_name TEXT,
    cue TEXT,
    via TEXT NOT NULL,
    PRIMARY KEY (article_id, quote_id)
);

CREATE TABLE IF NOT EXISTS times (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    time_id TEXT NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (article_id, time_id)
);

CREATE TABLE IF NOT EXISTS events (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    event_id TEXT NOT NULL,
    type TEXT NOT NULL,
    mode TEXT,
    cameo TEXT,
    actor_name TEXT,
    actor_country TEXT,
    recipient_name TEXT,
    recipient_country TEXT,
    date TEXT,
    place TEXT,
    modality TEXT NOT NULL,
    reported_by TEXT NOT NULL,
    evidence TEXT NOT NULL,
    confidence REAL NOT NULL,
    PRIMARY KEY (article_id, event_id)
);
CREATE INDEX IF NOT EXISTS events_date ON events(date);

CREATE TABLE IF NOT EXISTS flags (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    message TEXT NOT NULL,
    "values" TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS rejections (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    source TEXT NOT NULL,
    code TEXT NOT NULL,
    reason TEXT NOT NULL,
    message TEXT NOT NULL,
    detail TEXT,
    added_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS rejections_reason ON rejections(reason);

CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(article_id UNINDEXED, title, text);
