-- A counter bumped by every write to the tables the cached web aggregates read (documents, items,
-- item_values), so a reader can tell with one small read whether anything changed since it last
-- computed them. Triggers rather than a bump in each writer: deletes (including cascades), updates,
-- truncates and writers added later are counted too.
--
-- One row per server process (slot = backend pid): a process runs one transaction at a time, so
-- concurrent writers never wait on each other's counter row (one shared row would serialise
-- ingests and could deadlock with their other locks). Rows only grow, so the sum rises with every
-- committed write and is transactional: a reader sees a write's bump exactly when it sees its rows.
CREATE TABLE data_version (
  slot INTEGER PRIMARY KEY,
  n    BIGINT NOT NULL
);

CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO data_version (slot, n) VALUES (pg_backend_pid(), 1)
    ON CONFLICT (slot) DO UPDATE SET n = data_version.n + 1;
  RETURN NULL;
END
$$;

-- Once per statement, not per row: a bulk insert of values costs one bump.
CREATE TRIGGER documents_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON documents
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER items_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON items
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER item_values_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON item_values
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
