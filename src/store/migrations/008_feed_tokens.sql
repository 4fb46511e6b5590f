-- Personal tokens for feed readers and calendar apps, which cannot sign in. In login mode a token in
-- the URL of a saved search's feed or of /deadlines.ics stands for its user on those GET paths only
-- (never for pages, the API or forms). Only the SHA-256 is kept; removing the user removes them.
CREATE TABLE feed_tokens (
  token_hash TEXT PRIMARY KEY,
  user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  label      TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX feed_tokens_user ON feed_tokens(user_id);
