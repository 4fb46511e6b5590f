import type { ItemRecord, ItemValue } from '../extract/record.ts';
import { indexTokens } from '../search/tokens.ts';
import type { Db } from './db.ts';

export interface ItemRow {
  id: number;
  documentId: number;
  seq: number;
  parentId: number | null;
  title: string | null;
  titleEn: string | null;
  headline: string;
  start: number;
  end: number;
  sectionPath: string[];
  sourceLine: string | null;
  commentary: string | null;
  body: string;
  bodyEn: string | null;
  date: string | null;
  /** `date`, or for a sub-case without one, the date of its release. */
  listedDate: string | null;
  category: string;
  region: string | null;
  status: string | null;
  deadline: string | null;
  documentSource: string;
}

export interface StoredValue {
  field: string;
  value: string;
  data: Record<string, unknown>;
  start: number | null;
  end: number | null;
  surface: string | null;
}

export interface ItemDetail extends ItemRow {
  values: StoredValue[];
}

// A sub-case (案例一…) has no date of its own; lists, date filters and statistics place it at the
// date of the release that published it. `date` itself stays as the text gives it; `listed_date` is
// kept by triggers (migration 007).
const LISTED_DATE = 'i.listed_date';

const ITEM_COLUMNS = `${LISTED_DATE} AS listedDate, i.id, i.document_id AS documentId, i.seq, i.parent_id AS parentId, i.title, i.title_en AS titleEn,
  i.headline, i.start, i.end, i.section_path AS sectionPath, i.source_line AS sourceLine, i.commentary, i.body,
  i.body_en AS bodyEn, i.date, i.category, i.region, i.status, i.deadline, d.source AS documentSource`;

/** Writes a document's items, their values and their index rows. Call inside a transaction. */
export function insertItems(db: Db, documentId: number, records: ItemRecord[]): number[] {
  const insertItem = db.prepare(
    `INSERT INTO items (document_id, seq, parent_id, title, title_en, headline, start, end, section_path, source_line,
       commentary, body, body_en, date, category, region, status, deadline)
     VALUES (@documentId, @seq, @parentId, @title, @titleEn, @headline, @start, @end, @sectionPath, @sourceLine,
       @commentary, @body, @bodyEn, @date, @category, @region, @status, @deadline)`,
  );
  const insertValue = db.prepare(
    `INSERT INTO item_values (item_id, field, value, data, start, end, surface)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertFts = db.prepare('INSERT INTO items_fts (rowid, tokens) VALUES (?, ?)');
  const idsBySeq = new Map<number, number>();
  for (const r of records) {
    const s = r.segment;
    const info = insertItem.run({
      documentId,
      seq: s.seq,
      parentId: s.parentSeq === null ? null : (idsBySeq.get(s.parentSeq) ?? null),
      title: s.title,
      titleEn: s.titleEn,
      headline: r.headline,
      start: s.span.start,
      end: s.span.end,
      sectionPath: JSON.stringify(s.sectionPath),
      sourceLine: s.source,
      commentary: s.commentary,
      body: r.body,
      bodyEn: r.bodyEn,
      date: r.date,
      category: r.category,
      region: r.region,
      status: r.status,
      deadline: r.deadline,
    });
    const id = Number(info.lastInsertRowid);
    idsBySeq.set(s.seq, id);
    for (const v of r.values) insertValue.run(id, v.field, v.value, JSON.stringify(v.data), v.span?.start ?? null, v.span?.end ?? null, v.surface);
    insertFts.run(id, indexTokens([s.title, s.titleEn, r.body, r.bodyEn].filter(Boolean).join('\n')));
  }
  return [...idsBySeq.values()];
}

export interface ItemFilter {
  category?: string | undefined;
  /** Region as written; matched as a substring. */
  region?: string | undefined;
  /** Exact regions (a province and the places inside it, resolved by the caller). */
  regions?: string[] | undefined;
  after?: string | undefined;
  before?: string | undefined;
  /** Authority surface form, matched as a substring. */
  authority?: string | undefined;
  /** Canonical authority ids; each also matches its sub-bodies (`cac` matches `cac.data`). */
  authorityIds?: string[] | undefined;
  law?: string | undefined;
  article?: number | undefined;
  topic?: string | undefined;
  fineMin?: number | undefined;
  fineMax?: number | undefined;
  document?: number | undefined;
  ids?: number[] | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

/** SQL conditions for a filter, with bound parameters only. Shared by listing and facets. */
export function filterSql(f: ItemFilter): { where: string[]; params: Record<string, unknown> } {
  // Conditions on `i` only (no join with documents), so counts and facets read items alone.
  const where = ['i.document_id NOT IN (SELECT id FROM documents WHERE superseded_by IS NOT NULL)'];
  const params: Record<string, unknown> = {};
  // Value conditions: with an id list (a text query's matches) the ids drive and each item's values
  // are checked; without one, the set of items with a matching value is built once from an index
  // on the value instead of probing every item's values. Authorities match by substring and id
  // prefix, which no index serves, so they are always checked per item.
  const perItem = (field: string, cond: string) => `EXISTS (SELECT 1 FROM item_values v WHERE v.item_id = i.id AND v.field ${field} AND ${cond})`;
  const asSet = (field: string, cond: string) => `i.id IN (SELECT v.item_id FROM item_values v WHERE v.field ${field} AND ${cond})`;
  const has = (field: string, cond: string) => (f.ids ? perItem : asSet)(`= '${field}'`, cond);
  if (f.category) (where.push('i.category = @category'), (params.category = f.category));
  if (f.region) (where.push("i.region LIKE @region ESCAPE '\\'"), (params.region = `%${escapeLike(f.region)}%`));
  if (f.regions) (where.push('i.region IN (SELECT value FROM json_each(@regions))'), (params.regions = JSON.stringify(f.regions)));
  if (f.after) (where.push(`${LISTED_DATE} >= @after`), (params.after = f.after));
  if (f.before) (where.push(`${LISTED_DATE} <= @before`), (params.before = f.before));
  if (f.document !== undefined) (where.push('i.document_id = @document'), (params.document = f.document));
  if (f.authority || f.authorityIds) {
    const conds: string[] = [];
    if (f.authority) (conds.push("v.value LIKE @authority ESCAPE '\\'"), (params.authority = `%${escapeLike(f.authority)}%`));
    if (f.authorityIds?.length) {
      conds.push(`EXISTS (SELECT 1 FROM json_each(@authorityIds) a WHERE json_extract(v.data, '$.id') = a.value OR json_extract(v.data, '$.id') LIKE a.value || '.%')`);
      params.authorityIds = JSON.stringify(f.authorityIds);
    }
    where.push(perItem("= 'authority'", `(${conds.join(' OR ')})`));
  }
  if (f.law && f.article === undefined) {
    where.push((f.ids ? perItem : asSet)("IN ('citation','instrument')", "v.value LIKE @law ESCAPE '\\'"));
    params.law = `%${escapeLike(f.law)}%`;
  }
  if (f.article !== undefined) {
    const lawCond = f.law ? " AND json_extract(v.data, '$.law') LIKE @law ESCAPE '\\'" : '';
    if (f.law) params.law = `%${escapeLike(f.law)}%`;
    where.push(has('citation', `json_extract(v.data, '$.article') = @article${lawCond}`));
    params.article = f.article;
  }
  if (f.topic) (where.push(has('topic', "v.value LIKE @topic ESCAPE '\\'")), (params.topic = `${escapeLike(f.topic)}%`));
  if (f.fineMin !== undefined || f.fineMax !== undefined) {
    where.push(has('penalty', "json_extract(v.data, '$.amount') BETWEEN @fineMin AND @fineMax"));
    params.fineMin = f.fineMin ?? 0;
    params.fineMax = f.fineMax ?? Number.MAX_SAFE_INTEGER;
  }
  if (f.ids) (where.push('i.id IN (SELECT value FROM json_each(@ids))'), (params.ids = JSON.stringify(f.ids)));
  return { where, params };
}

/** Items of current document versions, newest first. */
export function listItems(db: Db, f: ItemFilter = {}): ItemRow[] {
  if (f.ids && f.ids.length === 0) return [];
  const { where, params } = filterSql(f);
  params.limit = f.limit ?? 1000;
  params.offset = f.offset ?? 0;
  const rows = db
    .prepare(
      `SELECT ${ITEM_COLUMNS} FROM items i JOIN documents d ON d.id = i.document_id
       WHERE ${where.join(' AND ')}
       ORDER BY i.listed_date DESC NULLS LAST, i.document_id, i.seq LIMIT @limit OFFSET @offset`,
    )
    .all(params) as (Omit<ItemRow, 'sectionPath'> & { sectionPath: string })[];
  return rows.map(parseRow);
}

/** Ids of the current items the filter selects, in no particular order. */
export function matchingItemIds(db: Db, f: ItemFilter): number[] {
  if (f.ids && f.ids.length === 0) return [];
  const { where, params } = filterSql(f);
  return db.prepare(`SELECT i.id FROM items i WHERE ${where.join(' AND ')}`).pluck().all(params) as number[];
}

/** Whether any stored document has been replaced by a newer version (usually none is). */
export function hasSupersededDocuments(db: Db): boolean {
  return db.prepare('SELECT 1 FROM documents WHERE superseded_by IS NOT NULL LIMIT 1').get() !== undefined;
}

/** The latest listed date of any item, from the listing index. */
export function newestListedDate(db: Db): string | null {
  return (db.prepare('SELECT listed_date AS d FROM items WHERE listed_date IS NOT NULL ORDER BY listed_date DESC LIMIT 1').get() as { d: string } | undefined)?.d ?? null;
}

export function countMatching(db: Db, f: ItemFilter): number {
  if (f.ids && f.ids.length === 0) return 0;
  const { where, params } = filterSql(f);
  return (db.prepare(`SELECT COUNT(*) AS n FROM items i WHERE ${where.join(' AND ')}`).get(params) as { n: number }).n;
}

export function getItem(db: Db, id: number): ItemDetail | undefined {
  const row = db
    .prepare(`SELECT ${ITEM_COLUMNS} FROM items i JOIN documents d ON d.id = i.document_id WHERE i.id = ?`)
    .get(id) as (Omit<ItemRow, 'sectionPath'> & { sectionPath: string }) | undefined;
  if (!row) return undefined;
  const values = db
    .prepare('SELECT field, value, data, start, end, surface FROM item_values WHERE item_id = ? ORDER BY id')
    .all(id) as (Omit<StoredValue, 'data'> & { data: string })[];
  return { ...parseRow(row), values: values.map((v) => ({ ...v, data: JSON.parse(v.data) as Record<string, unknown> })) };
}

export function valuesOf(db: Db, itemIds: number[]): Map<number, StoredValue[]> {
  const out = new Map<number, StoredValue[]>();
  if (itemIds.length === 0) return out;
  const rows = db
    .prepare(
      `SELECT item_id AS itemId, field, value, data, start, end, surface FROM item_values
       WHERE item_id IN (SELECT value FROM json_each(?)) ORDER BY id`,
    )
    .all(JSON.stringify(itemIds)) as (Omit<StoredValue, 'data'> & { data: string; itemId: number })[];
  for (const { itemId, ...v } of rows) {
    const list = out.get(itemId) ?? [];
    list.push({ ...v, data: JSON.parse(v.data) as Record<string, unknown> });
    out.set(itemId, list);
  }
  return out;
}

export function countItems(db: Db): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM items i JOIN documents d ON d.id = i.document_id WHERE d.superseded_by IS NULL').get() as { n: number }).n;
}

function parseRow(row: Omit<ItemRow, 'sectionPath'> & { sectionPath: string }): ItemRow {
  return { ...row, sectionPath: JSON.parse(row.sectionPath) as string[] };
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => '\\' + c);
}

export type { ItemValue };
