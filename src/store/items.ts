import type { ItemRecord, ItemValue } from '../extract/record.ts';
import { indexText, writeIndex } from '../search/fts.ts';
import { itemTags } from '../search/tags.ts';
import { intList, jsonNumber, jsonText, textList } from './dialect.ts';
import type { Param, Sql } from './sql.ts';

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

/** Newest first; listing pages and the newest-items window must agree on it (see search.ts). */
const LISTING_ORDER = 'i.listed_date DESC NULLS LAST, i.document_id, i.seq';

const ITEM_COLUMNS = `${LISTED_DATE} AS "listedDate", i.id, i.document_id AS "documentId", i.seq, i.parent_id AS "parentId", i.title,
  i.title_en AS "titleEn", i.headline, i.start, i."end", i.section_path AS "sectionPath", i.source_line AS "sourceLine", i.commentary,
  i.body, i.body_en AS "bodyEn", i.date, i.category, i.region, i.status, i.deadline, d.source AS "documentSource"`;

const VALUES_PER_INSERT = 50;

/** Writes a document's items, their values and their index rows. Call inside a transaction. */
export async function insertItems(sql: Sql, documentId: number, records: ItemRecord[]): Promise<number[]> {
  const idsBySeq = new Map<number, number>();
  for (const r of records) {
    const s = r.segment;
    const row = await sql.get<{ id: number }>(
      `INSERT INTO items (document_id, seq, parent_id, title, title_en, headline, start, "end", section_path, source_line,
         commentary, body, body_en, date, category, region, status, deadline)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      [
        documentId,
        s.seq,
        s.parentSeq === null ? null : (idsBySeq.get(s.parentSeq) ?? null),
        s.title,
        s.titleEn,
        r.headline,
        s.span.start,
        s.span.end,
        JSON.stringify(s.sectionPath),
        s.source,
        s.commentary,
        r.body,
        r.bodyEn,
        r.date,
        r.category,
        r.region,
        r.status,
        r.deadline,
      ],
    );
    const id = row!.id;
    idsBySeq.set(s.seq, id);
    // One statement per chunk of values: on PostgreSQL every statement is a round trip.
    for (let at = 0; at < r.values.length; at += VALUES_PER_INSERT) {
      const chunk = r.values.slice(at, at + VALUES_PER_INSERT);
      await sql.run(
        `INSERT INTO item_values (item_id, field, value, data, start, "end", surface) VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
        chunk.flatMap((v) => [id, v.field, v.value, JSON.stringify(v.data), v.span?.start ?? null, v.span?.end ?? null, v.surface]),
      );
    }
    // Tags are SQLite's (see tags.ts); the listed date is the one its trigger has just set.
    const tags =
      sql.dialect === 'sqlite'
        ? itemTags({ ...r, listedDate: (await sql.get<{ d: string | null }>('SELECT listed_date AS d FROM items WHERE id = ?', [id]))?.d ?? null })
        : [];
    await writeIndex(sql, id, indexText({ title: s.title, titleEn: s.titleEn, body: r.body, bodyEn: r.bodyEn }), tags);
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
  /** Exact stored authority surfaces and canonical ids (see `storedAuthorities`); either matches. */
  authorities?: { surfaces: string[]; ids: string[] } | undefined;
  law?: string | undefined;
  article?: number | undefined;
  topic?: string | undefined;
  /**
   * SQLite: a full-text expression over filter tags that selects exactly the items of `topic`
   * (src/search/tags.ts), read where the topic's items are collected as a set: the value index
   * would have to fetch each value row for its item id.
   */
  topicIndex?: string | undefined;
  fineMin?: number | undefined;
  fineMax?: number | undefined;
  document?: number | undefined;
  ids?: number[] | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

/**
 * A topic value starting with `topic`. Topic ids are lower-case ASCII; SQLite's LIKE ignores case
 * and so cannot use the (field, value) index, a range can. PostgreSQL's LIKE is case-sensitive like
 * the range.
 */
function topicCondition(sql: Sql, topic: string): { cond: string; params: Param[] } {
  const t = topic.toLowerCase();
  if (sql.dialect === 'sqlite') return { cond: 'v.value >= ? AND v.value < ?', params: [t, `${t}\u{10FFFF}`] };
  return { cond: "v.value LIKE ? ESCAPE '\\'", params: [`${escapeLike(t)}%`] };
}

/** Value filters that can be checked per item or collected as a set (see `broadValueFields`). */
export type ValueField = 'topic' | 'penalty';

/**
 * SQL conditions for a filter, with bound parameters only (in order). Shared by listing and facets.
 * `perItem`: check value conditions (all, or those listed) on each candidate item (the caller walks
 * a short list of candidates, such as the newest full-text matches) instead of building their item
 * sets first.
 */
export function filterSql(sql: Sql, f: ItemFilter, opts: { perItem?: boolean | readonly ValueField[] } = {}): { where: string[]; params: Param[] } {
  // Conditions on `i` only (no join with documents), so counts and facets read items alone.
  const where = ['i.document_id NOT IN (SELECT id FROM documents WHERE superseded_by IS NOT NULL)'];
  const params: Param[] = [];
  const add = (cond: string, ...values: Param[]) => {
    where.push(cond);
    params.push(...values);
  };
  // Value conditions: with an id list (a text query's matches) the ids drive and each item's values
  // are checked; without one, the set of items with a matching value is built once from an index
  // on the value instead of probing every item's values. Authorities match by substring and id
  // prefix, which no index serves, so they are always checked per item.
  const perItem = (field: string, cond: string) => `EXISTS (SELECT 1 FROM item_values v WHERE v.item_id = i.id AND v.field ${field} AND ${cond})`;
  const asSet = (field: string, cond: string) => `i.id IN (SELECT v.item_id FROM item_values v WHERE v.field ${field} AND ${cond})`;
  const driven = f.ids !== undefined || opts.perItem === true;
  const walked = (field: string) => driven || (Array.isArray(opts.perItem) && opts.perItem.includes(field as ValueField));
  const has = (field: string, cond: string) => (walked(field) ? perItem : asSet)(`= '${field}'`, cond);
  if (f.category) add('i.category = ?', f.category);
  if (f.region) add("i.region LIKE ? ESCAPE '\\'", `%${escapeLike(f.region)}%`);
  // Listed inline, so that the planner knows how few places are asked and reads the region index
  // rather than walking every item in listing order to find a rare province's.
  if (f.regions) add(f.regions.length ? `i.region IN (${f.regions.map(() => '?').join(', ')})` : '0 = 1', ...f.regions);
  if (f.after) add(`${LISTED_DATE} >= ?`, f.after);
  if (f.before) add(`${LISTED_DATE} <= ?`, f.before);
  if (f.document !== undefined) add('i.document_id = ?', f.document);
  if (f.authority) add(perItem("= 'authority'", "v.value LIKE ? ESCAPE '\\'"), `%${escapeLike(f.authority)}%`);
  if (f.authorities) {
    // Exact values, so both halves read an index; a body is rarely named in many items, so its
    // items are collected once rather than checked item by item.
    const id = jsonText(sql, 'v.data', 'id');
    add(
      `i.id IN (SELECT v.item_id FROM item_values v WHERE v.field = 'authority' AND v.value IN ${textList(sql)}
        UNION SELECT v.item_id FROM item_values v WHERE v.field = 'authority' AND ${id} IN ${textList(sql)})`,
      JSON.stringify(f.authorities.surfaces),
      JSON.stringify(f.authorities.ids),
    );
  }
  if (f.law && f.article === undefined) {
    add((driven ? perItem : asSet)("IN ('citation','instrument')", "v.value LIKE ? ESCAPE '\\'"), `%${escapeLike(f.law)}%`);
  }
  if (f.article !== undefined) {
    const article = `${jsonNumber(sql, 'v.data', 'article')} = ?`;
    if (f.law) add(has('citation', `${article} AND ${jsonText(sql, 'v.data', 'law')} LIKE ? ESCAPE '\\'`), f.article, `%${escapeLike(f.law)}%`);
    else add(has('citation', article), f.article);
  }
  if (f.topic && f.topicIndex !== undefined && !walked('topic')) {
    add('i.id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)', f.topicIndex);
  } else if (f.topic) {
    const t = topicCondition(sql, f.topic);
    add(has('topic', t.cond), ...t.params);
  }
  if (f.fineMin !== undefined || f.fineMax !== undefined) {
    add(has('penalty', `${jsonNumber(sql, 'v.data', 'amount')} BETWEEN ? AND ?`), f.fineMin ?? 0, f.fineMax ?? Number.MAX_SAFE_INTEGER);
  }
  if (f.ids) add(`i.id IN ${intList(sql)}`, JSON.stringify(f.ids));
  return { where, params };
}

type RawItem = Omit<ItemRow, 'sectionPath'> & { sectionPath: string };

/** Items of current document versions, newest first. */
export async function listItems(sql: Sql, f: ItemFilter = {}): Promise<ItemRow[]> {
  if (f.ids && f.ids.length === 0) return [];
  const { where, params } = filterSql(sql, f);
  const rows = await sql.all<RawItem>(
    `SELECT ${ITEM_COLUMNS} FROM items i JOIN documents d ON d.id = i.document_id
     WHERE ${where.join(' AND ')}
     ORDER BY ${LISTING_ORDER} LIMIT ? OFFSET ?`,
    [...params, f.limit ?? 1000, f.offset ?? 0],
  );
  return rows.map(parseRow);
}

/** Ids of the current items the filter selects, in no particular order. */
export async function matchingItemIds(sql: Sql, f: ItemFilter): Promise<number[]> {
  if (f.ids && f.ids.length === 0) return [];
  const { where, params } = filterSql(sql, f);
  return (await sql.all<{ id: number }>(`SELECT i.id FROM items i WHERE ${where.join(' AND ')}`, params)).map((r) => Number(r.id));
}

/** Whether any stored document has been replaced by a newer version (usually none is). */
export async function hasSupersededDocuments(sql: Sql): Promise<boolean> {
  return (await sql.get('SELECT 1 AS one FROM documents WHERE superseded_by IS NOT NULL LIMIT 1')) !== undefined;
}

/** The latest listed date of any item, from the listing index. */
export async function newestListedDate(sql: Sql): Promise<string | null> {
  const row = await sql.get<{ d: string }>('SELECT listed_date AS d FROM items WHERE listed_date IS NOT NULL ORDER BY listed_date DESC LIMIT 1');
  return row?.d ?? null;
}

export async function countMatching(sql: Sql, f: ItemFilter): Promise<number> {
  if (f.ids && f.ids.length === 0) return 0;
  const { where, params } = filterSql(sql, f);
  const row = await sql.get<{ n: number }>(`SELECT COUNT(*) AS n FROM items i WHERE ${where.join(' AND ')}`, params);
  return Number(row?.n ?? 0);
}

/**
 * Ids of the first `limit` items the filter selects in listing order (newest first). A value filter
 * that selects many items is checked on each item while walking the listing, which stops after
 * `limit` matches; a narrow one is collected from its index first.
 */
export async function newestItemIds(sql: Sql, f: ItemFilter, limit: number): Promise<number[]> {
  if (f.ids && f.ids.length === 0) return [];
  const broad = await broadValueFields(sql, f, limit);
  const { where, params } = filterSql(sql, f, { perItem: broad });
  // A topic's items read from the full-text tags drive the query; their listing columns then come
  // from this covering index rather than from each item's row (2–4× faster at 1M items).
  const hint = f.topicIndex !== undefined && !broad.includes('topic') ? ' INDEXED BY items_facet_fields' : '';
  const rows = await sql.all<{ id: number }>(
    `SELECT i.id FROM items i${hint} WHERE ${where.join(' AND ')} ORDER BY ${LISTING_ORDER} LIMIT ?`,
    [...params, limit],
  );
  return rows.map((r) => Number(r.id));
}

/**
 * The value filters of `f` whose items are better walked than collected when `limit` are wanted:
 * those selecting many items, counted from their indexes up to that many. Walking the newest items
 * and checking each stops early when many match (half a million for topic:personal-information at
 * 1M items); collecting reads and sorts all. A topic read from the full-text tags collects about
 * fifteen times faster than checks are made, so it is walked only from 90 times `limit` (10% of a
 * million) rather than 25 times.
 */
async function broadValueFields(sql: Sql, f: ItemFilter, limit: number): Promise<ValueField[]> {
  const out: ValueField[] = [];
  const above = async (broad: number, cond: string, params: Param[]) =>
    Number((await sql.get<{ n: number }>(`SELECT COUNT(*) AS n FROM (SELECT 1 FROM item_values v WHERE ${cond} LIMIT ?) s`, [...params, broad + 1]))?.n ?? 0) > broad;
  if (f.topic) {
    const t = topicCondition(sql, f.topic);
    if (await above(limit * (f.topicIndex === undefined ? 25 : 90), `v.field = 'topic' AND ${t.cond}`, t.params)) out.push('topic');
  }
  if (f.fineMin !== undefined || f.fineMax !== undefined) {
    const amount = jsonNumber(sql, 'v.data', 'amount');
    if (await above(limit * 25, `v.field = 'penalty' AND ${amount} BETWEEN ? AND ?`, [f.fineMin ?? 0, f.fineMax ?? Number.MAX_SAFE_INTEGER])) out.push('penalty');
  }
  return out;
}

/** What ranking reads of each candidate: its title and listing date. */
export async function titlesAndDates(sql: Sql, ids: number[]): Promise<{ id: number; title: string | null; titleEn: string | null; listedDate: string | null }[]> {
  if (ids.length === 0) return [];
  const rows = await sql.all<{ id: number; title: string | null; titleEn: string | null; listedDate: string | null }>(
    `SELECT id, title, title_en AS "titleEn", listed_date AS "listedDate" FROM items WHERE id IN ${intList(sql)}`,
    [JSON.stringify(ids)],
  );
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

/** The item with this id; undefined for an unknown id, including one no id column can hold (1e20). */
export async function getItem(sql: Sql, id: number): Promise<ItemDetail | undefined> {
  if (!Number.isSafeInteger(id)) return undefined;
  const row = await sql.get<RawItem>(`SELECT ${ITEM_COLUMNS} FROM items i JOIN documents d ON d.id = i.document_id WHERE i.id = ?`, [id]);
  if (!row) return undefined;
  const values = await sql.all<Omit<StoredValue, 'data'> & { data: string }>(
    'SELECT field, value, data, start, "end", surface FROM item_values WHERE item_id = ? ORDER BY id',
    [id],
  );
  return { ...parseRow(row), values: values.map((v) => ({ ...v, data: JSON.parse(v.data) as Record<string, unknown> })) };
}

export async function valuesOf(sql: Sql, itemIds: number[]): Promise<Map<number, StoredValue[]>> {
  const out = new Map<number, StoredValue[]>();
  if (itemIds.length === 0) return out;
  const rows = await sql.all<Omit<StoredValue, 'data'> & { data: string; itemId: number }>(
    `SELECT item_id AS "itemId", field, value, data, start, "end", surface FROM item_values
     WHERE item_id IN ${intList(sql)} ORDER BY id`,
    [JSON.stringify(itemIds)],
  );
  for (const { itemId, ...v } of rows) {
    const list = out.get(itemId) ?? [];
    list.push({ ...v, data: JSON.parse(v.data) as Record<string, unknown> });
    out.set(itemId, list);
  }
  return out;
}

export async function countItems(sql: Sql): Promise<number> {
  const row = await sql.get<{ n: number }>('SELECT COUNT(*) AS n FROM items i JOIN documents d ON d.id = i.document_id WHERE d.superseded_by IS NULL');
  return row?.n ?? 0;
}

/** Distinct stored regions, for place-aware region filters. */
export async function storedRegions(sql: Sql): Promise<string[]> {
  return distinctValues(sql, 'region', 'items', []);
}

/** Distinct stored authority surfaces and canonical ids, for authority: filters. */
export async function storedAuthorities(sql: Sql): Promise<{ surfaces: string[]; ids: string[] }> {
  return {
    surfaces: await distinctValues(sql, 'value', 'item_values', ["field = 'authority'"]),
    ids: await distinctValues(sql, jsonText(sql, 'data', 'id'), 'item_values', ["field = 'authority'"]),
  };
}

/** Distinct first four characters (years) of the listed dates, by a loose scan of the listing index. */
export async function storedListedYears(sql: Sql): Promise<string[]> {
  // Every date starting with y sorts before y followed by the highest character.
  const highest = sql.dialect === 'sqlite' ? 'char(1114111)' : 'chr(1114111)';
  const rows = await sql.all<{ y: string }>(
    `WITH RECURSIVE r(y) AS (
       SELECT (SELECT substr(listed_date, 1, 4) FROM items WHERE listed_date >= '' ORDER BY listed_date LIMIT 1)
       UNION ALL
       SELECT (SELECT substr(listed_date, 1, 4) FROM items WHERE listed_date > r.y || ${highest} ORDER BY listed_date LIMIT 1) FROM r WHERE r.y IS NOT NULL
     ) SELECT y FROM r WHERE y IS NOT NULL`,
  );
  return rows.map((r) => r.y);
}

/** Distinct stored values of a value field (topic ids, citation keys). */
export async function storedValues(sql: Sql, field: 'topic' | 'citation'): Promise<string[]> {
  return distinctValues(sql, 'value', 'item_values', [`field = '${field}'`]);
}

/**
 * Distinct non-null values of an indexed expression, by a loose index scan: one index seek per
 * distinct value (a few hundred) instead of a pass over every row (millions).
 */
async function distinctValues(sql: Sql, expr: string, table: string, where: string[]): Promise<string[]> {
  const and = where.map((w) => ` AND ${w}`).join('');
  const rows = await sql.all<{ v: string }>(
    // A range (not IS NOT NULL) on the expression, so that SQLite starts from its index too.
    `WITH RECURSIVE r(v) AS (
       SELECT (SELECT ${expr} FROM ${table} WHERE ${expr} >= ''${and} ORDER BY ${expr} LIMIT 1)
       UNION ALL
       SELECT (SELECT ${expr} FROM ${table} WHERE ${expr} > r.v${and} ORDER BY ${expr} LIMIT 1) FROM r WHERE r.v IS NOT NULL
     ) SELECT v FROM r WHERE v IS NOT NULL`,
  );
  return rows.map((r) => r.v);
}

function parseRow(row: RawItem): ItemRow {
  return { ...row, sectionPath: JSON.parse(row.sectionPath) as string[] };
}

/** `s` as literal text inside a LIKE pattern written with `ESCAPE '\\'`. */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => '\\' + c);
}

export type { ItemValue };
