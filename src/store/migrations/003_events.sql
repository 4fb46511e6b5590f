-- One development reported by several documents is one event. Every current item belongs to
-- exactly one event (a singleton unless merged). Items are never changed by merging, so a merge is
-- undone by moving the item back to an event of its own; `how` records why an item is where it is,
-- and a split item is not merged again automatically.
CREATE TABLE events (
  id         INTEGER PRIMARY KEY,
  created_at TEXT NOT NULL
);

CREATE TABLE event_items (
  item_id  INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
  event_id INTEGER NOT NULL REFERENCES events(id),
  how      TEXT NOT NULL CHECK (how IN ('new', 'auto', 'manual', 'split')),
  score    REAL
);
CREATE INDEX event_items_event ON event_items(event_id);

-- Items stored before events existed each become an event of their own.
INSERT INTO events (id, created_at) SELECT id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM items;
INSERT INTO event_items (item_id, event_id, how, score) SELECT id, id, 'new', NULL FROM items;
