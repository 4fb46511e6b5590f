-- A counter bumped by every write to the tables the cached web aggregates read (documents, items,
-- item_values), so a reader can tell with one row read whether anything changed since it last
-- computed them. Triggers rather than a bump in each writer: deletes (including cascades), updates
-- and writers added later are counted too. SQLite has one writer at a time, so one row suffices.
CREATE TABLE data_version (
  slot INTEGER PRIMARY KEY,
  n    INTEGER NOT NULL
);
INSERT INTO data_version (slot, n) VALUES (0, 0);

CREATE TRIGGER documents_data_version_insert AFTER INSERT ON documents BEGIN UPDATE data_version SET n = n + 1; END;
CREATE TRIGGER documents_data_version_update AFTER UPDATE ON documents BEGIN UPDATE data_version SET n = n + 1; END;
CREATE TRIGGER documents_data_version_delete AFTER DELETE ON documents BEGIN UPDATE data_version SET n = n + 1; END;
CREATE TRIGGER items_data_version_insert AFTER INSERT ON items BEGIN UPDATE data_version SET n = n + 1; END;
CREATE TRIGGER items_data_version_update AFTER UPDATE ON items BEGIN UPDATE data_version SET n = n + 1; END;
CREATE TRIGGER items_data_version_delete AFTER DELETE ON items BEGIN UPDATE data_version SET n = n + 1; END;
CREATE TRIGGER item_values_data_version_insert AFTER INSERT ON item_values BEGIN UPDATE data_version SET n = n + 1; END;
CREATE TRIGGER item_values_data_version_update AFTER UPDATE ON item_values BEGIN UPDATE data_version SET n = n + 1; END;
CREATE TRIGGER item_values_data_version_delete AFTER DELETE ON item_values BEGIN UPDATE data_version SET n = n + 1; END;
