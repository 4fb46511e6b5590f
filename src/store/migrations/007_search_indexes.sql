-- Search at 1M items. Listing newest-first and date filters used to compute each item's listed date
-- (its own date, or for a sub-case its release's) with a subquery per row, so every filter-only
-- query sorted all matches. The listed date is now a column, kept by triggers so that no writer has
-- to know about it, and indexed in listing order so `ORDER BY … LIMIT 20` stops after 20 rows.
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

-- Facets read the authority, citation, topic and action values of every matching item: one range
-- of this small index per item, without reading the value rows (keywords, the bulk, are left out).
CREATE INDEX item_values_facets ON item_values(item_id, field, value) WHERE field IN ('authority', 'citation', 'topic', 'action');

-- Superseded documents are few: current-version checks look them up instead of joining every item.
CREATE INDEX documents_superseded ON documents(superseded_by) WHERE superseded_by IS NOT NULL;
