-- Documents are stored once per distinct normalised text. A changed file at the same source is a
-- new version; the older one is kept and marked superseded so its items drop out of listings.
CREATE TABLE documents (
  id            INTEGER PRIMARY KEY,
  source        TEXT NOT NULL,
  sha256        TEXT NOT NULL UNIQUE,
  version       INTEGER NOT NULL DEFAULT 1,
  superseded_by INTEGER REFERENCES documents(id),
  format        TEXT NOT NULL,
  encoding      TEXT NOT NULL,
  bytes         INTEGER NOT NULL,
  title         TEXT,
  issue_date    TEXT,
  header_json   TEXT NOT NULL DEFAULT '{}',
  text          TEXT NOT NULL,
  ingested_at   TEXT NOT NULL
);
CREATE INDEX documents_source ON documents(source);

CREATE TABLE items (
  id           INTEGER PRIMARY KEY,
  document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq          INTEGER NOT NULL,
  parent_id    INTEGER REFERENCES items(id),
  title        TEXT,
  title_en     TEXT,
  headline     TEXT NOT NULL,
  start        INTEGER NOT NULL,
  end          INTEGER NOT NULL,
  section_path TEXT NOT NULL DEFAULT '[]',
  source_line  TEXT,
  commentary   TEXT,
  body         TEXT NOT NULL,
  body_en      TEXT,
  date         TEXT,
  category     TEXT NOT NULL,
  region       TEXT,
  status       TEXT,
  deadline     TEXT,
  UNIQUE (document_id, seq)
);
CREATE INDEX items_date ON items(date);
CREATE INDEX items_category ON items(category);
CREATE INDEX items_region ON items(region);

-- Every extracted value with its provenance: the field, a canonical string used for filtering and
-- facets, the full value as JSON, and the document span it came from (null for derived values).
CREATE TABLE item_values (
  id       INTEGER PRIMARY KEY,
  item_id  INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  field    TEXT NOT NULL,
  value    TEXT NOT NULL,
  data     TEXT NOT NULL DEFAULT '{}',
  start    INTEGER,
  end      INTEGER,
  surface  TEXT
);
CREATE INDEX item_values_item ON item_values(item_id);
CREATE INDEX item_values_field_value ON item_values(field, value);

-- Full-text index over character bigrams of Chinese runs and lower-cased Latin words, built in code
-- (src/search/tokens.ts): exact for Chinese words of any length >= 2, which FTS5's own tokenizers
-- are not. The text itself lives in `items`; this table holds tokens only.
CREATE VIRTUAL TABLE items_fts USING fts5(tokens, content='', contentless_delete=1, tokenize = 'unicode61 remove_diacritics 0');
