import { createHash } from 'node:crypto';
import type { ItemFilter } from '../store/items.ts';
import type { Sql } from '../store/sql.ts';

// SQLite only: the values that filters select on (category, region, authorities, topics, cited
// articles) are also written into an item's full-text row as tag tokens. A query such as
// `数据保护 category:judicial` then asks the index for both, and FTS5 intersects the two lists by
// skipping through the longer one, instead of reading all 100,000 items that contain 数据保护 to
// find the few judicial ones. PostgreSQL intersects its GIN and B-tree indexes itself.
//
// A tag is a private-use character, a kind letter and a hash of the value. FTS5's unicode61
// tokenizer keeps private-use characters inside tokens, while the text tokenizer (tokens.ts) treats
// them as separators, so no text and no typed query can produce a tag.

const MARK = '\u{E000}';

type TagKind = 'category' | 'region' | 'surface' | 'id' | 'topic' | 'citation';
const LETTER: Record<TagKind, string> = { category: 'c', region: 'r', surface: 'a', id: 'i', topic: 't', citation: 'l' };

export function tag(kind: TagKind, value: string): string {
  return MARK + LETTER[kind] + createHash('sha1').update(value).digest('hex').slice(0, 16);
}

/** The tag text of a citation: one tag per (law, article), whatever the paragraph. */
const citationKey = (law: string, article: number) => `${law}#${article}`;

export interface TaggedItem {
  category: string;
  region: string | null;
  values: readonly { field: string; value: string; data: Record<string, unknown> }[];
}

/** The tag tokens of an item, each once. */
export function itemTags(item: TaggedItem): string[] {
  const out = new Set([tag('category', item.category)]);
  if (item.region !== null) out.add(tag('region', item.region));
  for (const v of item.values) {
    if (v.field === 'authority') {
      out.add(tag('surface', v.value));
      if (typeof v.data.id === 'string') out.add(tag('id', v.data.id));
    } else if (v.field === 'topic') {
      out.add(tag('topic', v.value));
    } else if (v.field === 'citation' && typeof v.data.law === 'string' && typeof v.data.article === 'number') {
      out.add(tag('citation', citationKey(v.data.law, v.data.article)));
    }
  }
  return [...out];
}

/**
 * Whether every item's index row carries its tags: true for stores created with them; stores that
 * held items before keep filtering row by row until `regwatch reindex` has rebuilt their index.
 */
export async function tagsComplete(sql: Sql): Promise<boolean> {
  if (sql.dialect !== 'sqlite') return false;
  return Number((await sql.get<{ complete: number }>('SELECT complete FROM fts_tags'))?.complete ?? 0) === 1;
}

/** More alternatives than this in one filter are left to SQL: the index would merge that many lists. */
const MAX_ALTERNATIVES = 64;

export interface TagLookup {
  /** Distinct stored topic ids. */
  topics: () => Promise<string[]>;
  /** Distinct stored citation values (`law#article#paragraph`). */
  citations: () => Promise<string[]>;
}

/**
 * Splits a filter into tag groups the index can answer (each group: any of its tags) and the rest,
 * which SQL checks on each match. The groups select exactly the items the moved conditions of
 * `filterSql` select.
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
export async function topicIndex(sql: Sql, topic: string, topics: () => Promise<string[]>): Promise<string | undefined> {
  if (!(await tagsComplete(sql))) return undefined;
  const { groups } = await tagGroups({ topic }, { topics, citations: async () => [] });
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
