-- See the SQLite twin: region: filters read a place's items in listing order from this index.
CREATE INDEX items_region_listed ON items(region, listed_date DESC NULLS LAST, document_id, seq);
DROP INDEX items_region;
