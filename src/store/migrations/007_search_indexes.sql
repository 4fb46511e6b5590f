-- Search at 1M items (see `regwatch bench search`).

-- Listing newest-first and date filters used to compute each item's listed date (its own date, or
-- for a sub-case its release's) with a subquery per row, so every filter-only query sorted all its
-- matches. The listed date is now a column, kept by triggers so that no writer has to know about
-- it, and indexed in listing order so `ORDER BY … LIMIT 20` stops after 20 rows.
ALTER TABLE items ADD COLUMN listed_date TEXT;
UPDATE items SET listed_date = coalesce(date, (SELECT p.date FROM items p WHERE p.id = items.parent_id));

CREATE TRIGGER items_listed_date_insert AFTER INSERT ON items BEGIN
  UPDATE items SET listed_date = coalesce(NEW.date, (SELECT p.date FROM items p WHERE p.id = NEW.parent_id)) WHERE id = NEW.id;
END;
CREATE TRIGGER items_listed_date_update AFTER UPDATE OF date, parent_id ON items BEGIN
  UPDATE items SET listed_date = coalesce(NEW.date, (SELECT p.date FROM items p WHERE p.id = NEW.parent_id)) WHERE id = NEW.id;
  UPDATE items SET listed_date = NEW.date WHERE parent_id = NEW.id AND date IS NULL;
END;

CREATE INDEX items_listed ON items(listed_date DESC, document_id, seq);
CREATE INDEX items_parent ON items(parent_id);

-- category: in listing order, with the region, so `category:enforcement region:江苏` pages and
-- counts from the index alone. It replaces the plain category index.
DROP INDEX items_category;
CREATE INDEX items_category_listed ON items(category, listed_date DESC, document_id, seq, region);

-- The fields facets and id checks read, a few dozen bytes per item instead of the whole row.
CREATE INDEX items_facet_fields ON items(id, category, region, listed_date);

-- Facets read the authority, citation, topic and action values of every matching item: one range
-- of this small index per item, without reading the value rows (keywords, the bulk, are left out).
CREATE INDEX item_values_facets ON item_values(item_id, field, value) WHERE field IN ('authority', 'citation', 'topic', 'action');

-- fine>= / fine<= and article: compare a number inside the value's JSON.
CREATE INDEX item_values_amount ON item_values(field, json_extract(data, '$.amount'), item_id) WHERE field = 'penalty';
CREATE INDEX item_values_article ON item_values(field, json_extract(data, '$.article'), item_id) WHERE field = 'citation';

-- Superseded documents are few: current-version checks look them up instead of joining every item.
CREATE INDEX documents_superseded ON documents(superseded_by) WHERE superseded_by IS NOT NULL;
