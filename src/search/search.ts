import { lookupAuthority } from '../extract/authorities.ts';
import { isWithin, placeForms } from '../extract/places.ts';
import { emptyFacets, facetCounts, type Facets } from '../store/facets.ts';
import { intList } from '../store/dialect.ts';
import {
  countMatching,
  hasSupersededDocuments,
  listItems,
  matchingItemIds,
  newestListedDate,
  storedRegions,
  type ItemFilter,
  type ItemRow,
} from '../store/items.ts';
import type { Sql } from '../store/sql.ts';
import { matchIndex } from './fts.ts';
import { parseQuery, type ParsedQuery } from './query.ts';
import { termTokens } from './tokens.ts';

export interface SearchHit {
  item: ItemRow;
  /** A window of the item's text around the first match, and the match offsets inside it. */
  snippet: string;
  highlights: { start: number; end: number }[];
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  facets: Facets;
  /** True when facets were left out because the matches exceeded `facetsUpTo` (or `facets: false`). */
  facetsDeferred: boolean;
}

export interface SearchOptions {
  limit?: number;
  offset?: number;
  /** Facets cost a pass over all matches; callers that show none can skip them (default: computed). */
  facets?: boolean;
  /**
   * Compute facets only when the matches are at most this many: their cost grows with the match
   * count, and a page can show its results first and fetch the counts afterwards (`searchFacets`).
   */
  facetsUpTo?: number;
}

/** Runs a query in the search-box language against current items, with facets of all matches. */
export async function search(sql: Sql, input: string, opts: SearchOptions = {}): Promise<SearchResult> {
  const q = parseQuery(input);
  const ids = await matchingIds(sql, q);
  const filter = await toFilter(sql, q, ids);
  const offset = opts.offset ?? 0;
  const limit = opts.limit ?? 50;
  let page: ItemRow[];
  let total: number;
  if (ids) {
    // Text queries rank by relevance; only filters other than the text need a pass over the matches.
    const narrowed = Object.entries(filter).some(([k, v]) => k !== 'ids' && v !== undefined) || (await hasSupersededDocuments(sql));
    const kept = narrowed ? new Set(await matchingItemIds(sql, filter)) : null;
    page = (await rankedPrefix(sql, ids, kept, q.terms, offset + limit)).slice(offset);
    total = kept ? ids.filter((id) => kept.has(id)).length : ids.length;
  } else {
    // Filter-only queries keep the newest-first order and page in SQL.
    page = await listItems(sql, { ...filter, limit, offset });
    total = await countMatching(sql, filter);
  }
  const deferred = opts.facets === false || total > (opts.facetsUpTo ?? Infinity);
  return {
    hits: page.map((item) => ({ item, ...snippetOf(item, q.terms) })),
    total,
    facets: deferred ? emptyFacets() : await facetCounts(sql, filter),
    facetsDeferred: deferred,
  };
}

/** Only the facets of a query's matches: the second half of a page that showed its results first. */
export async function searchFacets(sql: Sql, input: string): Promise<Facets> {
  const q = parseQuery(input);
  return facetCounts(sql, await toFilter(sql, q, await matchingIds(sql, q)));
}

export async function searchItems(sql: Sql, input: string, opts: SearchOptions = {}): Promise<SearchHit[]> {
  return (await search(sql, input, { ...opts, facets: false })).hits;
}

async function toFilter(sql: Sql, q: ParsedQuery, ids: number[] | null): Promise<ItemFilter> {
  const authority = q.authority ? lookupAuthority(q.authority) : null;
  return {
    ids: ids ?? undefined,
    category: q.category,
    regions: q.region ? regionsMatching(await storedRegions(sql), q.region) : undefined,
    // A known body matches by id, with its sub-bodies; any body also matches by surface form.
    authority: q.authority,
    authorityIds: authority ? [authority.id] : undefined,
    law: q.law,
    article: q.article,
    topic: q.topic,
    after: q.after,
    before: q.before,
    fineMin: q.fineMin,
    fineMax: q.fineMax,
  };
}

/** Stored regions that are the asked place or lie inside it (region:江苏 includes 苏州, 宿迁). */
function regionsMatching(stored: string[], asked: string): string[] {
  const targets = placeForms(asked).map((f) => f.place);
  return stored.filter((r) => {
    if (r.includes(asked)) return true;
    return placeForms(r).some((f) => targets.some((t) => t.code === f.place.code || isWithin(f.place, t)));
  });
}

/**
 * Relevance order: BM25 from the index, then a boost when the title itself contains every term
 * (a headline about 知网 beats a passing mention), and a mild preference for recent items so that
 * this month's development comes before a similar one from years ago (age counted from the newest
 * item stored).
 */
function score(item: ItemRow, position: number, terms: string[], newest: string | null): number {
  const relevance = 1 / (1 + position);
  const title = `${item.title ?? ''} ${item.titleEn ?? ''}`.normalize('NFKC').toLowerCase();
  const inTitle = terms.length > 0 && terms.every((t) => title.includes(t.normalize('NFKC').toLowerCase()));
  const ageYears = item.listedDate && newest ? (Date.parse(newest.slice(0, 10)) - Date.parse(item.listedDate.slice(0, 10))) / 3.15e10 : 1;
  return relevance * (inTitle ? 3 : 1) * (1 / (1 + 0.25 * Math.max(0, ageYears)));
}

/**
 * The best `want` items of `bm25Order` (those in `kept`, if given) by score, reading rows for a
 * prefix of it only: an item at BM25 position p scores at most 3/(1+p) (title boost 3, age factor
 * at most 1), so once `want` items score at least that for the next unread position, no later item
 * can enter the page.
 */
async function rankedPrefix(sql: Sql, bm25Order: number[], kept: Set<number> | null, terms: string[], want: number): Promise<ItemRow[]> {
  if (want <= 0) return [];
  const newest = await newestListedDate(sql);
  const scored: { item: ItemRow; position: number; score: number }[] = [];
  const order = (a: (typeof scored)[number], b: (typeof scored)[number]) => b.score - a.score || a.position - b.position;
  let read = 0;
  let chunk = Math.max(100, want * 5);
  while (read < bm25Order.length) {
    const position = new Map<number, number>();
    bm25Order.slice(read, read + chunk).forEach((id, i) => {
      if (!kept || kept.has(id)) position.set(id, read + i);
    });
    if (position.size > 0) {
      for (const item of await listItems(sql, { ids: [...position.keys()], limit: position.size })) {
        const p = position.get(item.id)!;
        scored.push({ item, position: p, score: score(item, p, terms, newest) });
      }
    }
    read += chunk;
    chunk *= 2;
    if (scored.length >= want) {
      scored.sort(order);
      if (scored[want - 1]!.score >= 3 / (1 + read)) break;
    }
  }
  return scored.sort(order).slice(0, want).map((s) => s.item);
}

/** Item ids matching the text terms, best first; null when the query has no text terms. */
async function matchingIds(sql: Sql, q: ParsedQuery): Promise<number[] | null> {
  if (q.terms.length === 0 && q.excluded.length === 0) return null;
  const must: string[][] = [];
  const scan: string[] = [];
  for (const t of q.terms) {
    const phrase = termTokens(t);
    if (phrase) must.push(phrase);
    else scan.push(t);
  }
  const not = q.excluded.map((t) => termTokens(t));
  let ids: number[];
  if (must.length > 0) {
    ids = await matchIndex(sql, must, not.filter((n): n is string[] => n !== null));
  } else {
    ids = (await sql.all<{ id: number }>('SELECT id FROM items ORDER BY date IS NULL, date DESC, id')).map((r) => r.id);
  }
  // Single Chinese characters cannot be answered from a bigram index: check them on the text.
  const textChecks = [
    ...scan.map((t) => ({ t, want: true })),
    ...q.excluded.filter((_, i) => not[i] === null || must.length === 0).map((t) => ({ t, want: false })),
  ];
  if (textChecks.length === 0) return ids;
  const texts = await sql.all<{ id: number; t: string }>(
    `SELECT id, coalesce(title,'') || ' ' || coalesce(title_en,'') || ' ' || body || ' ' || coalesce(body_en,'') AS t
     FROM items WHERE id IN ${intList(sql)}`,
    [JSON.stringify(ids)],
  );
  const byId = new Map(texts.map((r) => [r.id, r.t.normalize('NFKC').toLowerCase()]));
  return ids.filter((id) => {
    const t = byId.get(id) ?? '';
    return textChecks.every(({ t: term, want }) => t.includes(term.normalize('NFKC').toLowerCase()) === want);
  });
}

function snippetOf(item: ItemRow, terms: string[]): { snippet: string; highlights: { start: number; end: number }[] } {
  const text = [item.title, item.body].filter(Boolean).join(' — ');
  const lower = text.toLowerCase();
  const first = terms.map((t) => lower.indexOf(t.toLowerCase())).filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? 0;
  const start = Math.max(0, first - 30);
  const snippet = (start > 0 ? '…' : '') + text.slice(start, start + 120) + (start + 120 < text.length ? '…' : '');
  const highlights: { start: number; end: number }[] = [];
  const lowerSnippet = snippet.toLowerCase();
  for (const t of terms) {
    let at = lowerSnippet.indexOf(t.toLowerCase());
    while (at >= 0 && t.length > 0) {
      highlights.push({ start: at, end: at + t.length });
      at = lowerSnippet.indexOf(t.toLowerCase(), at + t.length);
    }
  }
  return { snippet, highlights: highlights.sort((a, b) => a.start - b.start) };
}
