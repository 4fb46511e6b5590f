-- Filter values become tag tokens of each item's full-text row (src/search/tags.ts), written with
-- the item from now on. Rows written before lack them: `version` is the tag version every row
-- carries (TAG_VERSION in tags.ts) and 0 for a store that already holds items, where search keeps
-- checking filters row by row until `regwatch reindex` has rebuilt the index with tags.
CREATE TABLE fts_tags (version INTEGER NOT NULL);
INSERT INTO fts_tags (version) SELECT CASE WHEN EXISTS (SELECT 1 FROM items) THEN 0 ELSE 1 END;
