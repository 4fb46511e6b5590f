-- Filter values become tag tokens of each item's full-text row (src/search/tags.ts), written with
-- the item from now on. Rows written before lack them: a store that already holds items records
-- that here, and search keeps checking filters row by row until `regwatch reindex` has rebuilt the
-- index with tags and set `complete`.
CREATE TABLE fts_tags (complete INTEGER NOT NULL);
INSERT INTO fts_tags (complete) SELECT NOT EXISTS (SELECT 1 FROM items);
