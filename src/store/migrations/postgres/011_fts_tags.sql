-- SQLite's 011 adds filter tags to its full-text index (src/search/tags.ts). PostgreSQL's tsvector
-- index has none; this twin keeps the migration numbers of both dialects in step.
SELECT 1;
