import type { Sql } from '../store/sql.ts';
import type { StoredValue } from '../store/items.ts';
import {
  documentOfItem,
  itemTextsOfDocument,
  overridesOfSource,
  sourcesWithOverrides,
  type CorrectableFields,
  type ItemText,
  type OverrideRow,
} from '../store/overrides.ts';
import { FIELDS, isListField, LIST_FIELDS, type Field, type FieldValue, type ScalarField } from './fields.ts';
import { keysOf, type ItemKeys } from './identity.ts';

/** One stored correction, decoded. */
export interface Override {
  id: number;
  field: Field;
  value: FieldValue;
  previous: FieldValue;
  note: string | null;
  by: string;
  at: string;
}

export interface Correction {
  by: string;
  at: string;
  previous: FieldValue;
  note: string | null;
}

/** What `applyOverrides` needs of an item; `getItem`'s ItemDetail fits. */
export interface CorrectableItem extends CorrectableFields {
  /** Extracted values; list rows without them get scalar corrections only. */
  values?: StoredValue[];
}

export type CorrectedItem<T extends CorrectableItem> = T & {
  tags: string[];
  /** Corrected fields: who changed each last, when, and what it was before. */
  corrections: Partial<Record<Field, Correction>>;
};

/**
 * The corrections that belong to an item, oldest first, found through its identity rather than its
 * id: a row made on any version of the same source attaches when its headline or body fingerprint
 * matches this item (the seq decides between items with the same text). A row whose text matches no
 * item of this version falls back to the item at its old position, but only if that item's text is
 * new, i.e. appeared in none of the items of the version the correction was made on: an item
 * rewritten in place keeps its corrections, and a deleted item's corrections do not slide onto its
 * neighbour.
 */
export async function loadOverrides(sql: Sql, item: Pick<CorrectableItem, 'id' | 'documentId' | 'documentSource'>): Promise<Override[]> {
  const rows = await overridesOfSource(sql, item.documentSource);
  if (rows.length === 0) return [];
  const siblings = (await itemTextsOfDocument(sql, item.documentId)).map((s) => ({ ...s, ...keysOf(s) }));
  const originals = new Map<number, Set<string>>();
  const attached: Override[] = [];
  for (const row of rows) {
    const target = matchByKeys(row, siblings) ?? (await matchBySeq(sql, row, siblings, originals));
    if (target?.id === item.id) attached.push(decode(row));
  }
  return attached;
}

type Sibling = ItemText & ItemKeys;

function matchByKeys(row: OverrideRow, siblings: Sibling[]): Sibling | undefined {
  for (const key of ['headlineKey', 'bodyKey'] as const) {
    const hits = siblings.filter((s) => s[key] === row[key]);
    if (hits.length === 1) return hits[0];
    if (hits.length > 1) return hits.find((s) => s.seq === row.seq) ?? nearest(hits, row.seq);
  }
  return undefined;
}

async function matchBySeq(sql: Sql, row: OverrideRow, siblings: Sibling[], cache: Map<number, Set<string>>): Promise<Sibling | undefined> {
  const candidate = siblings.find((s) => s.seq === row.seq);
  if (!candidate || row.itemId === null) return undefined;
  const documentId = await documentOfItem(sql, row.itemId);
  if (documentId === undefined) return undefined;
  let keys = cache.get(documentId);
  if (!keys) {
    keys = new Set((await itemTextsOfDocument(sql, documentId)).flatMap((t) => Object.values(keysOf(t))));
    cache.set(documentId, keys);
  }
  return keys.has(candidate.headlineKey) || keys.has(candidate.bodyKey) ? undefined : candidate;
}

function nearest(hits: Sibling[], seq: number): Sibling | undefined {
  return [...hits].sort((a, b) => Math.abs(a.seq - seq) - Math.abs(b.seq - seq))[0];
}

function decode(row: OverrideRow): Override {
  if (!(FIELDS as readonly string[]).includes(row.field)) throw new Error(`item_overrides row ${row.id}: unknown field "${row.field}"`);
  return {
    id: row.id,
    field: row.field as Field,
    value: JSON.parse(row.value) as FieldValue,
    previous: JSON.parse(row.previous) as FieldValue,
    note: row.note,
    by: row.userName,
    at: row.createdAt,
  };
}

/** The item with the latest correction of each field applied, its tags, and which fields changed. */
export function applyOverrides<T extends CorrectableItem>(item: T, overrides: readonly Override[]): CorrectedItem<T> {
  const out: CorrectedItem<T> = { ...item, tags: [], corrections: {} };
  if (item.values) out.values = [...item.values];
  for (const o of overrides) {
    out.corrections[o.field] = { by: o.by, at: o.at, previous: o.previous, note: o.note };
    if (isListField(o.field)) {
      const list = Array.isArray(o.value) ? o.value : [];
      const valueField = LIST_FIELDS[o.field];
      if (valueField === null) out.tags = list;
      else if (out.values) out.values = [...out.values.filter((v) => v.field !== valueField), ...list.map((v) => correctedValue(valueField, v))];
    } else {
      setScalar(out, o.field, typeof o.value === 'string' ? o.value : null);
    }
  }
  return out;
}

function setScalar(item: CorrectableItem, field: ScalarField, value: string | null): void {
  if (field === 'category') {
    if (value !== null) item.category = value;
    return;
  }
  item[field] = value;
  // Lists place an item at its date, else its release's: a corrected date moves it.
  if (field === 'date' && 'listedDate' in item && value !== null) (item as { listedDate: string | null }).listedDate = value;
  // The headline is the title where there is one; a corrected title is what lists must show.
  if (field === 'title' && value !== null) item.headline = value;
}

function correctedValue(field: string, value: string): NonNullable<CorrectableItem['values']>[number] {
  const data: Record<string, unknown> = { corrected: true };
  // Keep amounts filterable when the editor writes them the way penalties are stored: "50000 CNY".
  const money = field === 'penalty' ? /^(\d+(?:\.\d+)?)\s+([A-Z]{3})$/.exec(value) : null;
  if (money) Object.assign(data, { amount: Number(money[1]), currency: money[2] });
  return { field, value, data, start: null, end: null, surface: null };
}

/** The current (corrected or extracted) value of every editable field of an item. */
export function fieldValues(item: CorrectedItem<CorrectableItem>): Record<Field, FieldValue> {
  const list = (f: string) => (item.values ?? []).filter((v) => v.field === f).map((v) => v.value);
  return {
    title: item.title,
    date: item.date,
    category: item.category,
    region: item.region,
    status: item.status,
    deadline: item.deadline,
    commentary: item.commentary,
    authorities: [...new Set(list('authority'))],
    instruments: [...new Set(list('instrument'))],
    penalties: [...new Set(list('penalty'))],
    topics: [...new Set(list('topic'))],
    tags: item.tags,
  };
}

/**
 * Corrections applied to a page of items (search hits, lists, exports). Sources nobody corrected
 * cost one query for the whole page; only items of corrected sources are matched one by one.
 */
export async function applyOverridesToList<T extends CorrectableItem>(sql: Sql, items: readonly T[]): Promise<CorrectedItem<T>[]> {
  const corrected = await sourcesWithOverrides(sql, [...new Set(items.map((i) => i.documentSource))]);
  const out: CorrectedItem<T>[] = [];
  for (const item of items) out.push(applyOverrides(item, corrected.has(item.documentSource) ? await loadOverrides(sql, item) : []));
  return out;
}
