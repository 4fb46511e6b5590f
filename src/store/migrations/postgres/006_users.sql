-- PostgreSQL twin of ../006_users.sql: same tables and columns, identity keys.
-- Accounts for the web app when it is served beyond loopback. Passwords are argon2id hashes (PHC
-- strings); names are unique as typed.
CREATE TABLE users (
  id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name          TEXT NOT NULL UNIQUE,
  role          TEXT NOT NULL CHECK (role IN ('reader', 'editor', 'admin')),
  password_hash TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);

-- Signed-in sessions. Only the SHA-256 of the cookie token is kept, so a copy of the database does
-- not hand out live sessions. `csrf` is the token every form of the session must echo.
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id    BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf       TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);

-- Editors' corrections of extracted fields, tags and commentary. Item ids change when a changed file
-- is ingested as a new document version, so a correction is keyed on the document source plus
-- fingerprints of the item's headline and body (seq as the last resort) and re-attached on read.
-- Rows are never updated: a later correction of the same field supersedes an earlier one, and the
-- whole history stays. `value`/`previous` are JSON (a string, null or a list of strings).
-- user_name is copied so the history still names a removed account.
CREATE TABLE item_overrides (
  id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  source        TEXT NOT NULL,
  headline_key  TEXT NOT NULL,
  body_key      TEXT NOT NULL,
  seq           INTEGER NOT NULL,
  item_id       BIGINT,
  field         TEXT NOT NULL,
  value         TEXT NOT NULL,
  previous      TEXT NOT NULL,
  note          TEXT,
  user_id       BIGINT REFERENCES users(id) ON DELETE SET NULL,
  user_name     TEXT NOT NULL,
  created_at    TEXT NOT NULL
);
CREATE INDEX item_overrides_source ON item_overrides(source, id);
