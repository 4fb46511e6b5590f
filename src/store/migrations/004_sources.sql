-- Sources fetched on a schedule (feeds, list pages, ready-made government sites) and one row per
-- run. `next_run_at` carries the backoff of a failing source; `etag`/`last_modified` make the next
-- fetch conditional. `last_found` is the item count of the last successful run, to notice a list
-- that suddenly comes back empty (the site changed its layout, the selectors no longer match).
CREATE TABLE sources (
  id               INTEGER PRIMARY KEY,
  adapter          TEXT NOT NULL,
  name             TEXT NOT NULL,
  url              TEXT NOT NULL,
  config_json      TEXT NOT NULL DEFAULT '{}',
  interval_minutes INTEGER NOT NULL CHECK (interval_minutes > 0),
  enabled          INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
  etag             TEXT,
  last_modified    TEXT,
  last_run_at      TEXT,
  last_success_at  TEXT,
  next_run_at      TEXT,
  error_streak     INTEGER NOT NULL DEFAULT 0,
  last_found       INTEGER,
  created_at       TEXT NOT NULL,
  UNIQUE (adapter, url)
);

CREATE TABLE source_runs (
  id           INTEGER PRIMARY KEY,
  source_id    INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  started_at   TEXT NOT NULL,
  finished_at  TEXT,
  not_modified INTEGER NOT NULL DEFAULT 0,
  found        INTEGER NOT NULL DEFAULT 0,
  new          INTEGER NOT NULL DEFAULT 0,
  error        TEXT,
  warning      TEXT
);
CREATE INDEX source_runs_source ON source_runs(source_id, started_at);

-- Article URLs already stored per source, so list pages do not fetch known articles again.
CREATE TABLE source_entries (
  source_id   INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  url         TEXT NOT NULL,
  document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
  seen_at     TEXT NOT NULL,
  PRIMARY KEY (source_id, url)
);
