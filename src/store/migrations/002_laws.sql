-- Laws and their versions, imported from a folder of law texts (`regwatch laws import`) and from the
-- catalogue shipped with regwatch (instruments and versions known without text). A law is one
-- instrument across its versions; citations are linked to the version in force on the item's date.
CREATE TABLE laws (
  id          TEXT PRIMARY KEY,          -- cn.law.cybersecurity, cn.rule.deep-synthesis …
  title       TEXT NOT NULL UNIQUE,      -- full official title
  short_title TEXT NOT NULL,             -- title without 中华人民共和国
  aliases     TEXT NOT NULL DEFAULT '[]',-- JSON array of short names, English names, abbreviations
  level       TEXT NOT NULL,             -- 法律 / 行政法规 / 部门规章 / 部门规范性文件
  issuer      TEXT NOT NULL,
  verified    INTEGER NOT NULL DEFAULT 1,
  notes       TEXT NOT NULL DEFAULT ''
);

-- One row per version; `id` is the text's file name without .md (cybersecurity-law-2016), also for
-- versions known only from the catalogue, so a text added later under that name fills the same row.
CREATE TABLE law_versions (
  id             TEXT PRIMARY KEY,
  law_id         TEXT NOT NULL REFERENCES laws(id) ON DELETE CASCADE,
  status         TEXT NOT NULL,          -- enacted | draft
  document       TEXT NOT NULL DEFAULT '',
  promulgated    TEXT,
  effective      TEXT,                   -- as the source states it (for amended texts often the original date)
  in_force_from  TEXT,                   -- the date citations are matched against
  in_force_until TEXT,                   -- last day in force, or NULL
  has_text       INTEGER NOT NULL DEFAULT 0,
  outdated       INTEGER NOT NULL DEFAULT 0,
  verified       INTEGER NOT NULL DEFAULT 1,
  notes          TEXT NOT NULL DEFAULT '',
  file           TEXT,
  sha256         TEXT,
  source         TEXT,                   -- source_repo:source_path@source_commit when known
  history        TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX law_versions_law ON law_versions(law_id);

-- Articles of versions with text. `suffix` is 1 for 第X条之一 and NULL for a plain article, so
-- `seq` (the order in the text) is the key. `paragraphs` holds each 款 with its 项 lines.
CREATE TABLE law_articles (
  version_id TEXT NOT NULL REFERENCES law_versions(id) ON DELETE CASCADE,
  seq        INTEGER NOT NULL,
  number     INTEGER NOT NULL,
  suffix     INTEGER,
  label      TEXT NOT NULL,
  chapter    TEXT NOT NULL DEFAULT '[]',
  paragraphs TEXT NOT NULL,
  text       TEXT NOT NULL,
  PRIMARY KEY (version_id, seq)
);
CREATE INDEX law_articles_number ON law_articles(version_id, number, suffix);
