-- authority: filters resolve the asked body to the stored canonical ids of it and its sub-bodies
-- (and to the surfaces containing it), then read the items of those values from indexes instead
-- of checking every candidate's authorities. This index also lists the distinct stored ids.
CREATE INDEX item_values_authority_id ON item_values(json_extract(data, '$.id'), item_id) WHERE field = 'authority';

-- Text queries with filters check each full-text match against the item's category, region, date
-- and document; reading those from the item row parses past its body (often on overflow pages), ten
-- times the cost of this index entry. The document id and sequence join the facet fields for that
-- (and so a filter's items can be put in listing order from this index alone).
DROP INDEX items_facet_fields;
CREATE INDEX items_facet_fields ON items(id, category, region, listed_date, document_id, seq);

-- A text query with fine>= or article: walks its newest full-text matches and asks of each whether
-- it has such a penalty or citation: one seek in these small indexes, not a read of all its values.
CREATE INDEX item_values_item_amount ON item_values(item_id, json_extract(data, '$.amount')) WHERE field = 'penalty';
CREATE INDEX item_values_item_article ON item_values(item_id, json_extract(data, '$.article'), json_extract(data, '$.law')) WHERE field = 'citation';
