-- SQLite's 011 adds filter tags to its full-text index (src/search/tags.ts). PostgreSQL needs none:
-- its planner intersects the GIN index of the text with the B-tree indexes of the filters.
SELECT 1;
