import { createHash } from 'node:crypto';
import { storedListedYears, storedValues, type ItemFilter } from '../store/items.ts';
import type { Sql } from '../store/sql.ts';

// SQLite only: the values that filters select on (category, region, authorities, topics, cited
// articles) are also written into an item's full-text row as tag tokens. A query such as
// `数据保护 category:judicial` then asks the index for both, and FTS5 intersects the two lists by
// skipping through the longer one, instead of reading all 100,000 items that contain 数据保护 to
// find the few judicial ones. PostgreSQL's tsvector index has no tags.
//
// Ranges (fine>=, after:, before:) get coarse tags — the order of magnitude of each penalty, the
// year of the listed date — that select a superset; SQL then checks the exact bounds on those.
//
// A tag is a private-use character, a kind letter and a hash of the value. FTS5's unicode61
// tokenizer keeps private-use characters inside tokens, while the text tokenizer (tokens.ts) treats
// them as separators, so no text and no typed query can produce a tag.
//
// Tags are computed once, when an item is stored: items, their categories, regions, dates and
// values never change afterwards (`laws import` adds link keys to citations, which tags don't read).

const MARK = '\u{E000}';

/**
 * What tags hold. Changing it means bumping this and adding a migration that stores the new
 * number for stores without items; stores with items then need `regwatch reindex`.
 */
export const TAG_VERSION = 1;

type TagKind = 'category' | 'region' | 'surface' | 'id' | 'topic' | 'citation' | 'fine' | 'year';
const LETTER: Record<TagKind, string> = { category: 'c', region: 'r', surface: 'a', id: 'i', topic: 't', citation: 'l', fine: 'f', year: 'y' };

export function tag(kind: TagKind, value: string): string {
  return MARK + LETTER[kind] + createHash('sha1').update(value).digest('hex').slice(0, 16);
}

/** The tag text of a citation: one tag per (law, article), whatever the paragraph. */
const citationKey = (law: string, article: number) => `${law}#${article}`;

/** Penalty amounts by number of digits: 0 for under 10, 1 for 10–99, … up to 15 (10^15 and more). */
const TOP_MAGNITUDE = 15;
export function magnitude(amount: number): number {
  if (amount < 10) return 0;
  if (amount >= 10 ** TOP_MAGNITUDE) return TOP_MAGNITUDE;
  return String(Math.floor(amount)).length - 1;
}

/** The year tag's text: the first four characters of the listed date, whatever they are. */
const yearOf = (listedDate: string) => listedDate.slice(0, 4);

export interface TaggedItem {
  category: string;
  region: string | null;
  /** The date the listing sorts by (items.listed_date). */
  listedDate: string | null;
  values: readonly { field: string; value: string; data: Record<string, unknown> }[];
}

/** The tag tokens of an item, each once. */
export function itemTags(item: TaggedItem): string[] {
  const out = new Set([tag('category', item.category)]);
  if (item.region !== null) out.add(tag('region', item.region));
  if (item.listedDate !== null) out.add(tag('year', yearOf(item.listedDate)));
  for (const v of item.values) {
    if (v.field === 'authority') {
      out.add(tag('surface', v.value));
      if (typeof v.data.id === 'string') out.add(tag('id', v.data.id));
    } else if (v.field === 'topic') {
      out.add(tag('topic', v.value));
    } else if (v.field === 'citation' && typeof v.data.law === 'string' && typeof v.data.article === 'number') {
      out.add(tag('citation', citationKey(v.data.law, v.data.article)));
    } else if (v.field === 'penalty' && typeof v.data.amount === 'number' && Number.isFinite(v.data.amount) && v.data.amount >= 0) {
      out.add(tag('fine', String(magnitude(v.data.amount))));
    }
  }
  return [...out];
}

/**
 * Whether every item's index row carries the tags this code reads: true for stores created with
 * them; stores that held items before keep filtering row by row until `regwatch reindex`.
 */
export async function tagsComplete(sql: Sql): Promise<boolean> {
  if (sql.dialect !== 'sqlite') return false;
  return Number((await sql.get<{ version: number }>('SELECT version FROM fts_tags'))?.version ?? 0) === TAG_VERSION;
}

/** More alternatives than this in one filter are left to SQL: the index would merge that many lists. */
const MAX_ALTERNATIVES = 64;

export interface TagLookup {
  /** Distinct stored topic ids. */
  topics: () => Promise<string[]>;
  /** Distinct stored citation values (`law#article#paragraph`). */
  citations: () => Promise<string[]>;
  /** Distinct first four characters of the stored listed dates. */
  years: () => Promise<string[]>;
}

/** The stored values tag groups resolve against, read when a filter asks for them. */
export function storedTagValues(sql: Sql): TagLookup {
  return { topics: () => storedValues(sql, 'topic'), citations: () => storedValues(sql, 'citation'), years: () => storedListedYears(sql) };
}

/**
 * Splits a filter into tag groups the index can answer (each group: any of its tags) and the rest,
 * which SQL checks on each match. The groups select exactly the items the moved conditions of
 * `filterSql` select, except for ranges: their groups select a superset and their conditions stay.
 */
export async function tagGroups(f: ItemFilter, lookup: TagLookup): Promise<{ groups: string[][]; rest: ItemFilter }> {
  const groups: string[][] = [];
  const rest: ItemFilter = { ...f };
  const take = (alternatives: string[], clear: () => void) => {
    if (alternatives.length === 0 || alternatives.length > MAX_ALTERNATIVES) return;
    groups.push(alternatives);
    clear();
  };
  if (f.category) take([tag('category', f.category)], () => (rest.category = undefined));
  if (f.regions) take(f.regions.map((r) => tag('region', r)), () => (rest.regions = undefined));
  if (f.authorities) {
    const { surfaces, ids } = f.authorities;
    take([...surfaces.map((s) => tag('surface', s)), ...ids.map((id) => tag('id', id))], () => (rest.authorities = undefined));
  }
  if (f.topic) {
    // The same range as the SQL condition (topicCondition): ids starting with the lower-cased ask.
    const prefix = f.topic.toLowerCase();
    const topics = (await lookup.topics()).filter((t) => t.startsWith(prefix));
    take(topics.map((t) => tag('topic', t)), () => {
      rest.topic = undefined;
      rest.topicIndex = undefined;
    });
  }
  if (f.article !== undefined) {
    const law = f.law === undefined ? null : asciiLower(f.law);
    const keys = new Set<string>();
    for (const value of await lookup.citations()) {
      const c = parseCitationValue(value);
      if (c && c.article === f.article && (law === null || asciiLower(c.law).includes(law))) keys.add(citationKey(c.law, c.article));
    }
    take([...keys].map((k) => tag('citation', k)), () => {
      rest.article = undefined;
      rest.law = undefined;
    });
  }
  if (f.fineMin !== undefined || f.fineMax !== undefined) {
    const lo = magnitude(Math.max(0, f.fineMin ?? 0));
    const hi = f.fineMax === undefined ? TOP_MAGNITUDE : f.fineMax < 0 ? -1 : magnitude(f.fineMax);
    if (hi >= lo) take(Array.from({ length: hi - lo + 1 }, (_, i) => tag('fine', String(lo + i))), () => {});
  }
  if (f.after !== undefined || f.before !== undefined) {
    // A date at or after `after` starts with four characters at or after its first four (and the
    // same for `before`); dates compare as ASCII text in SQL and here alike.
    const from = f.after === undefined ? null : yearOf(f.after);
    const to = f.before === undefined ? null : yearOf(f.before);
    const years = (await lookup.years()).filter((y) => (from === null || y >= from) && (to === null || y <= to));
    take(years.map((y) => tag('year', y)), () => {});
  }
  return { groups, rest };
}

/** Tag groups as an FTS5 expression: every group, any tag of each. */
export function tagExpression(groups: readonly string[][]): string {
  return groups.map((g) => `(${g.map((t) => `"${t}"`).join(' OR ')})`).join(' AND ');
}

/**
 * The index expression selecting exactly the items with a topic starting with `topic`, or
 * undefined where the index has no tags or no such topic is stored (SQL then reads item_values).
 */
export async function topicIndex(sql: Sql, topic: string): Promise<string | undefined> {
  if (!(await tagsComplete(sql))) return undefined;
  const { groups } = await tagGroups({ topic }, storedTagValues(sql));
  return groups.length ? tagExpression(groups) : undefined;
}

/** SQLite's LIKE folds ASCII letters only. */
function asciiLower(s: string): string {
  return s.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/** `law#article#paragraph`, the stored value of a citation (the law may itself contain `#`). */
function parseCitationValue(value: string): { law: string; article: number } | null {
  const m = /^(.*)#(\d+)#[^#]*$/s.exec(value);
  return m ? { law: m[1]!, article: Number(m[2]) } : null;
}
