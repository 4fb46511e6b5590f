-- PostgreSQL twin of ../002_laws.sql.
CREATE TABLE laws (
  id          text PRIMARY KEY,
  title       text NOT NULL UNIQUE,
  short_title text NOT NULL,
  aliases     text NOT NULL DEFAULT '[]',
  level       text NOT NULL,
  issuer      text NOT NULL,
  verified    integer NOT NULL DEFAULT 1,
  notes       text NOT NULL DEFAULT ''
);

CREATE TABLE law_versions (
  id             text PRIMARY KEY,
  law_id         text NOT NULL REFERENCES laws(id) ON DELETE CASCADE,
  status         text NOT NULL,
  document       text NOT NULL DEFAULT '',
  promulgated    text,
  effective      text,
  in_force_from  text,
  in_force_until text,
  has_text       integer NOT NULL DEFAULT 0,
  outdated       integer NOT NULL DEFAULT 0,
  verified       integer NOT NULL DEFAULT 1,
  notes          text NOT NULL DEFAULT '',
  file           text,
  sha256         text,
  source         text,
  history        text NOT NULL DEFAULT '[]'
);
CREATE INDEX law_versions_law ON law_versions(law_id);

CREATE TABLE law_articles (
  version_id text NOT NULL REFERENCES law_versions(id) ON DELETE CASCADE,
  seq        integer NOT NULL,
  number     integer NOT NULL,
  suffix     integer,
  label      text NOT NULL,
  chapter    text NOT NULL DEFAULT '[]',
  paragraphs text NOT NULL,
  text       text NOT NULL,
  PRIMARY KEY (version_id, seq)
);
CREATE INDEX law_articles_number ON law_articles(version_id, number, suffix);
