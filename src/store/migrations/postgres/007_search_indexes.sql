-- PostgreSQL twin of ../007_search_indexes.sql (see there for why each index exists). The JSON
-- expressions indexed are the ones src/store/dialect.ts writes for PostgreSQL, character for
-- character, since an expression index serves only the expression it was built on.

ALTER TABLE items ADD COLUMN listed_date text;
UPDATE items SET listed_date = coalesce(date, (SELECT p.date FROM items p WHERE p.id = items.parent_id));

-- A row's own listed date is set before it is written; its sub-cases follow after a date change.
CREATE FUNCTION items_set_listed_date() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.listed_date := coalesce(NEW.date, (SELECT p.date FROM items p WHERE p.id = NEW.parent_id));
  RETURN NEW;
END;
$$;
CREATE TRIGGER items_listed_date_set BEFORE INSERT OR UPDATE OF date, parent_id ON items
  FOR EACH ROW EXECUTE FUNCTION items_set_listed_date();

CREATE FUNCTION items_pass_listed_date() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE items SET listed_date = NEW.date WHERE parent_id = NEW.id AND date IS NULL;
  RETURN NULL;
END;
$$;
CREATE TRIGGER items_listed_date_children AFTER UPDATE OF date ON items
  FOR EACH ROW EXECUTE FUNCTION items_pass_listed_date();

-- NULLS LAST as the listing asks for it (PostgreSQL's DESC puts NULLs first; SQLite's, last).
CREATE INDEX items_listed ON items(listed_date DESC NULLS LAST, document_id, seq);
CREATE INDEX items_parent ON items(parent_id);

DROP INDEX items_category;
CREATE INDEX items_category_listed ON items(category, listed_date DESC NULLS LAST, document_id, seq, region);

CREATE INDEX items_facet_fields ON items(id, category, region, listed_date);

CREATE INDEX item_values_facets ON item_values(item_id, field, value) WHERE field IN ('authority', 'citation', 'topic', 'action');

CREATE INDEX item_values_amount ON item_values(field, (CASE WHEN jsonb_typeof(data::jsonb -> 'amount') = 'number' THEN (data::jsonb ->> 'amount')::numeric END), item_id)
  WHERE field = 'penalty';
CREATE INDEX item_values_article ON item_values(field, (CASE WHEN jsonb_typeof(data::jsonb -> 'article') = 'number' THEN (data::jsonb ->> 'article')::numeric END), item_id)
  WHERE field = 'citation';

CREATE INDEX documents_superseded ON documents(superseded_by) WHERE superseded_by IS NOT NULL;
