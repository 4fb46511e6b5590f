import { textList } from './dialect.ts';
import { valuesOf, type ItemRow, type StoredValue } from './items.ts';
import type { Sql } from './sql.ts';

// Editors' corrections (item_overrides): SQL only. Matching them to items of later document versions
// and applying them is src/overrides/.

export interface OverrideRow {
  id: number;
  source: string;
  headlineKey: string;
  bodyKey: string;
  seq: number;
  itemId: number | null;
  field: string;
  /** JSON: a string, null or a list of strings. */
  value: string;
  previous: string;
  note: string | null;
  userId: number | null;
  userName: string;
  createdAt: string;
}

export type NewOverride = Omit<OverrideRow, 'id'>;

export async function insertOverride(sql: Sql, o: NewOverride): Promise<number> {
  const row = await sql.get<{ id: number }>(
    `INSERT INTO item_overrides (source, headline_key, body_key, seq, item_id, field, value, previous, note, user_id, user_name, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    [o.source, o.headlineKey, o.bodyKey, o.seq, o.itemId, o.field, o.value, o.previous, o.note, o.userId, o.userName, o.createdAt],
  );
  return Number(row!.id);
}

/** Every correction made to items of any version of a document source, oldest first. */
export async function overridesOfSource(sql: Sql, source: string): Promise<OverrideRow[]> {
  const rows = await sql.all<OverrideRow>(
    `SELECT id, source, headline_key AS "headlineKey", body_key AS "bodyKey", seq, item_id AS "itemId", field, value,
       previous, note, user_id AS "userId", user_name AS "userName", created_at AS "createdAt"
     FROM item_overrides WHERE source = ? ORDER BY id`,
    [source],
  );
  return rows.map((r) => ({ ...r, id: Number(r.id), itemId: r.itemId === null ? null : Number(r.itemId) }));
}

/** Which of these sources have any correction at all. */
export async function sourcesWithOverrides(sql: Sql, sources: readonly string[]): Promise<Set<string>> {
  if (sources.length === 0) return new Set();
  // One JSON parameter, not one placeholder per source: the statement stays the same (and cached
  // once) for any page, and a long export stays under the dialects' limits on bound parameters.
  const rows = await sql.all<{ source: string }>(`SELECT DISTINCT source FROM item_overrides WHERE source IN ${textList(sql)}`, [
    JSON.stringify(sources),
  ]);
  return new Set(rows.map((r) => r.source));
}

export interface ItemText {
  id: number;
  documentId: number;
  seq: number;
  headline: string;
  body: string;
}

/** Headline and body of every item of a document, for matching corrections to items. */
export async function itemTextsOfDocument(sql: Sql, documentId: number): Promise<ItemText[]> {
  const rows = await sql.all<ItemText>(
    'SELECT id, document_id AS "documentId", seq, headline, body FROM items WHERE document_id = ? ORDER BY seq',
    [documentId],
  );
  return rows.map((r) => ({ ...r, id: Number(r.id), documentId: Number(r.documentId) }));
}

export async function documentOfItem(sql: Sql, itemId: number): Promise<number | undefined> {
  const row = await sql.get<{ documentId: number }>('SELECT document_id AS "documentId" FROM items WHERE id = ?', [itemId]);
  return row ? Number(row.documentId) : undefined;
}

/** The item fields an editor can correct, with what identifies the item and its document. */
export type CorrectableFields = Pick<
  ItemRow,
  'id' | 'documentId' | 'documentSource' | 'seq' | 'headline' | 'body' | 'title' | 'date' | 'category' | 'region' | 'status' | 'deadline' | 'commentary'
>;

export interface EditableItemRow extends CorrectableFields {
  /** The newer document version, when this item's document has been superseded. */
  supersededBy: number | null;
  values: StoredValue[];
}

/** One item with the fields an editor can correct and its extracted values. */
export async function getEditableItem(sql: Sql, id: number): Promise<EditableItemRow | undefined> {
  const row = await sql.get<Omit<EditableItemRow, 'values'>>(
    `SELECT i.id, i.document_id AS "documentId", d.source AS "documentSource", d.superseded_by AS "supersededBy", i.seq,
       i.headline, i.body, i.title, i.date, i.category, i.region, i.status, i.deadline, i.commentary
     FROM items i JOIN documents d ON d.id = i.document_id WHERE i.id = ?`,
    [id],
  );
  if (!row) return undefined;
  const itemId = Number(row.id);
  return {
    ...row,
    id: itemId,
    documentId: Number(row.documentId),
    supersededBy: row.supersededBy === null ? null : Number(row.supersededBy),
    values: (await valuesOf(sql, [itemId])).get(itemId) ?? [],
  };
}

/** The item of the current version of a source with a given seq (a page links an old item onwards). */
export async function currentItemAt(sql: Sql, source: string, seq: number): Promise<number | undefined> {
  const row = await sql.get<{ id: number }>(
    `SELECT i.id FROM items i JOIN documents d ON d.id = i.document_id
     WHERE d.source = ? AND d.superseded_by IS NULL AND i.seq = ?`,
    [source, seq],
  );
  return row ? Number(row.id) : undefined;
}
