-- region: filters read a place's items from this index already in listing order, with the columns
-- that order needs, instead of fetching each item's row to sort them (20,000 rows for 东莞 at 1M
-- items). It serves plain region lookups too, so it replaces items_region.
CREATE INDEX items_region_listed ON items(region, listed_date DESC, document_id, seq);
DROP INDEX items_region;
