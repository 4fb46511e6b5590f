-- Saved searches: a query in the search-box language, with optional alert channels. A webhook has
-- its own HMAC secret (or falls back to REGWATCH_WEBHOOK_SECRET when NULL); an email address gets a
-- daily or weekly digest. `last_digest_at` is when the last digest window closed.
CREATE TABLE saved_searches (
  id             INTEGER PRIMARY KEY,
  name           TEXT NOT NULL UNIQUE,
  query          TEXT NOT NULL,
  webhook_url    TEXT,
  webhook_secret TEXT,
  email          TEXT,
  digest         TEXT CHECK (digest IN ('daily', 'weekly')),
  created_at     TEXT NOT NULL,
  last_digest_at TEXT,
  CHECK ((email IS NULL) = (digest IS NULL))
);

-- One row per (saved search, channel, event) that needs no further notice: `sent` once delivered
-- (written in the same transaction as the successful attempt), `baseline` for the events that
-- already matched when the search was saved. The primary key makes a second send impossible to
-- record, and the sender skips every event listed here.
CREATE TABLE alert_sent (
  saved_search_id INTEGER NOT NULL REFERENCES saved_searches(id) ON DELETE CASCADE,
  channel         TEXT NOT NULL CHECK (channel IN ('webhook', 'email')),
  event_id        INTEGER NOT NULL,
  how             TEXT NOT NULL CHECK (how IN ('sent', 'baseline')),
  at              TEXT NOT NULL,
  PRIMARY KEY (saved_search_id, channel, event_id)
) WITHOUT ROWID;

-- Every delivery attempt, successful or not: HTTP status or SMTP response, error text, events.
CREATE TABLE alert_deliveries (
  id              INTEGER PRIMARY KEY,
  saved_search_id INTEGER NOT NULL REFERENCES saved_searches(id) ON DELETE CASCADE,
  channel         TEXT NOT NULL CHECK (channel IN ('webhook', 'email')),
  delivery_id     TEXT NOT NULL,
  attempt         INTEGER NOT NULL,
  at              TEXT NOT NULL,
  ok              INTEGER NOT NULL CHECK (ok IN (0, 1)),
  status          INTEGER,
  error           TEXT,
  event_ids       TEXT NOT NULL
);
CREATE INDEX alert_deliveries_search ON alert_deliveries(saved_search_id, id);
