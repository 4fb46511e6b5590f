-- authority: filters resolve the asked body to the stored canonical ids of it and its sub-bodies
-- (and to the surfaces containing it), then read the items of those values from indexes instead
-- of checking every candidate's authorities. This index also lists the distinct stored ids (the id
-- comes first: PostgreSQL leaves a partial index's own condition out of the seek).
CREATE INDEX item_values_authority_id ON item_values((data::jsonb ->> 'id'), item_id) WHERE field = 'authority';

-- Text queries with filters check each full-text match against the item's category, region, date
-- and document: an index-only read instead of the item row with its body.
DROP INDEX items_facet_fields;
CREATE INDEX items_facet_fields ON items(id, category, region, listed_date, document_id, seq);

-- A text query with fine>= or article: walks its newest full-text matches and asks of each whether
-- it has such a penalty or citation: one seek in these small indexes, not a read of all its values.
CREATE INDEX item_values_item_amount ON item_values(item_id, (CASE WHEN jsonb_typeof(data::jsonb -> 'amount') = 'number' THEN (data::jsonb ->> 'amount')::numeric END)) WHERE field = 'penalty';
CREATE INDEX item_values_item_article ON item_values(item_id, (CASE WHEN jsonb_typeof(data::jsonb -> 'article') = 'number' THEN (data::jsonb ->> 'article')::numeric END), (data::jsonb ->> 'law')) WHERE field = 'citation';
