import { lookupAuthority } from '../extract/authorities.ts';
import { isWithin, placeForms } from '../extract/places.ts';
import { emptyFacets, facetCounts, type Facets } from '../store/facets.ts';
import { intList } from '../store/dialect.ts';
import {
  countMatching,
  filterSql,
  hasSupersededDocuments,
  listItems,
  matchingItemIds,
  newestItemIds,
  newestListedDate,
  storedAuthorities,
  storedRegions,
  titlesAndDates,
  type ItemFilter,
  type ItemRow,
} from '../store/items.ts';
import type { Sql } from '../store/sql.ts';
import { countMatches, matchIndex, newestMatches } from './fts.ts';
import { parseQuery, type ParsedQuery } from './query.ts';
import { storedTagValues, tagGroups, tagsComplete, topicIndex } from './tags.ts';
import { termTokens } from './tokens.ts';

export interface SearchHit {
  item: ItemRow;
  /** A window of the item's text around the first match, and the match offsets inside it. */
  snippet: string;
  highlights: { start: number; end: number }[];
}

export interface SearchResult {
  hits: SearchHit[];
  /** Matches counted; with `capped`, only a lower bound. */
  total: number;
  /**
   * True when more than `window` items match: only the `window` most recently stored matches were
   * ranked, paged and counted for facets, and `total` is that window's size ("2,000+").
   */
  capped: boolean;
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
  /**
   * Bound the work of one query (interactive callers: web, API, CLI): when more than this many
   * items match, rank, page and facet only the most recently stored `window` of them and report
   * the total as capped. Unset: every match is ranked and counted (alerts and newsletters need all).
   */
  window?: number;
}

/**
 * The window interactive callers use. On a million items a common word (个人信息) matches half of
 * them; reading and ordering half a million matches takes seconds however it is done, and nobody
 * pages that far (100 pages of 20): like a web search engine that lets you page through its first
 * thousand results, the page says 2,000+ and the user narrows the query. The cost of a capped query
 * grows with the window (at 1M items: p50 8 ms at 1,000, 17 ms at 2,000, 39 ms at 5,000).
 */
export const SEARCH_WINDOW = 2000;

/** Runs a query in the search-box language against current items, with facets of all matches. */
export async function search(sql: Sql, input: string, opts: SearchOptions = {}): Promise<SearchResult> {
  const q = parseQuery(input);
  const offset = opts.offset ?? 0;
  const limit = opts.limit ?? 50;
  const windowed = opts.window === undefined ? null : await windowMatches(sql, q, opts.window);
  let page: ItemRow[];
  let total: number;
  let scope: ItemFilter;
  if (windowed) {
    ({ page, total, scope } = await windowPage(sql, q, windowed, opts.window!, offset, limit));
  } else {
    const ids = await matchingIds(sql, q);
    const filter = await toFilter(sql, q, ids);
    scope = filter;
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
  }
  const deferred = opts.facets === false || total > (opts.facetsUpTo ?? Infinity);
  return {
    hits: page.map((item) => ({ item, ...snippetOf(item, q.terms) })),
    total,
    capped: windowed?.capped ?? false,
    facets: deferred ? emptyFacets() : await facetCounts(sql, scope),
    facetsDeferred: deferred,
  };
}

/** Only the facets of a query's matches: the second half of a page that showed its results first. */
export async function searchFacets(sql: Sql, input: string, opts: Pick<SearchOptions, 'window'> = {}): Promise<Facets> {
  const q = parseQuery(input);
  const windowed = opts.window === undefined ? null : await windowMatches(sql, q, opts.window);
  if (windowed) return facetCounts(sql, windowScope(windowed));
  return facetCounts(sql, await toFilter(sql, q, await matchingIds(sql, q)));
}

interface Window {
  /** The filters of the query, without its text. */
  filter: ItemFilter;
  /** Text phrases, when the query has text. */
  text: { must: string[][]; not: string[][] } | null;
  /** Text queries: the matches, most recently stored first (all of them unless capped). Filter-only queries: the newest items. */
  ids: number[];
  capped: boolean;
}

/**
 * The first `window` matches of a query (text matches most recently stored first, filter-only
 * matches newest first) and whether there are more; null when the index cannot answer the text
 * (a lone Chinese character is checked on every text instead, see matchingIds).
 */
async function windowMatches(sql: Sql, q: ParsedQuery, window: number): Promise<Window | null> {
  const filter = await toFilter(sql, q, null);
  const text = indexPhrases(q);
  if (text === undefined) return null;
  const ids = text ? await newestTextMatches(sql, text, filter, window + 1) : await newestItemIds(sql, filter, window + 1);
  const capped = ids.length > window;
  return { filter, text, ids: capped ? ids.slice(0, window) : ids, capped };
}

/**
 * The newest `limit` matches of text and filter. Filters the index holds as tags (tags.ts) are
 * intersected there; the rest are checked on each match.
 */
async function newestTextMatches(sql: Sql, text: { must: string[][]; not: string[][] }, filter: ItemFilter, limit: number): Promise<number[]> {
  const { groups, rest } = (await tagsComplete(sql)) ? await tagGroups(filter, storedTagValues(sql)) : { groups: [], rest: filter };
  return newestMatches(sql, text.must, text.not, filterSql(sql, rest, { perItem: true }), limit, groups);
}

/** What facets count over: the window's items, or all of a filter-only query's when they fit. */
function windowScope(w: Window): ItemFilter {
  return w.capped || w.text ? { ids: w.ids } : w.filter;
}

/** The requested page of a window, in the order `search` promises, and what facets count over. */
async function windowPage(sql: Sql, q: ParsedQuery, w: Window, window: number, offset: number, limit: number): Promise<{ page: ItemRow[]; total: number; scope: ItemFilter }> {
  const total = w.ids.length;
  const scope = windowScope(w);
  if (offset >= total) return { page: [], total, scope };
  if (!w.text) {
    // Filter-only: the window is the newest items already; page it in SQL.
    return { page: await listItems(sql, { ...(w.capped ? { ids: w.ids } : w.filter), limit, offset }), total, scope };
  }
  // Text: BM25 when every match of the text alone fits the window (its cost grows with that count),
  // otherwise the same score without the BM25 term (title, then recency) over the window.
  const textOnly = Object.values(w.filter).every((v) => v === undefined);
  const allText = !w.capped && (textOnly || (await countMatches(sql, w.text.must, w.text.not, window + 1)) <= window);
  if (allText) {
    const ids = await matchIndex(sql, w.text.must, w.text.not);
    return { page: (await rankedPrefix(sql, ids, new Set(w.ids), q.terms, offset + limit)).slice(offset), total, scope };
  }
  const newest = await newestListedDate(sql);
  const recencyOrder = new Map(w.ids.map((id, i) => [id, i]));
  const ranked = (await titlesAndDates(sql, w.ids))
    .map((row) => ({ id: row.id, score: score(row, 0, q.terms, newest), at: recencyOrder.get(row.id)! }))
    .sort((a, b) => b.score - a.score || a.at - b.at)
    .slice(offset, offset + limit);
  const rows = new Map((await listItems(sql, { ids: ranked.map((r) => r.id), limit })).map((item) => [item.id, item]));
  return { page: ranked.flatMap((r) => rows.get(r.id) ?? []), total, scope };
}

/** The query's text as index phrases; null without text; undefined when some term needs a text scan. */
function indexPhrases(q: ParsedQuery): { must: string[][]; not: string[][] } | null | undefined {
  if (q.terms.length === 0 && q.excluded.length === 0) return null;
  const must = q.terms.map(termTokens);
  const not = q.excluded.map(termTokens);
  if (must.length === 0 || must.some((p) => p === null) || not.some((p) => p === null)) return undefined;
  return { must: must as string[][], not: not as string[][] };
}

export async function searchItems(sql: Sql, input: string, opts: SearchOptions = {}): Promise<SearchHit[]> {
  return (await search(sql, input, { ...opts, facets: false })).hits;
}

async function toFilter(sql: Sql, q: ParsedQuery, ids: number[] | null): Promise<ItemFilter> {
  return {
    ids: ids ?? undefined,
    category: q.category,
    regions: q.region ? regionsMatching(await storedRegions(sql), q.region) : undefined,
    authorities: q.authority ? await authoritiesMatching(sql, q.authority) : undefined,
    law: q.law,
    article: q.article,
    topic: q.topic,
    topicIndex: q.topic ? await topicIndex(sql, q.topic) : undefined,
    after: q.after,
    before: q.before,
    fineMin: q.fineMin,
    fineMax: q.fineMax,
  };
}

/**
 * Stored authority surfaces and ids the asked body covers: a known body matches by its id and its
 * sub-bodies' (`cac` covers `cac.shanghai`); any body also matches by surface form (substring,
 * ignoring case, so `authority:ncsc` and `authority:data protection board` find English names).
 */
async function authoritiesMatching(sql: Sql, asked: string): Promise<{ surfaces: string[]; ids: string[] }> {
  const known = lookupAuthority(asked);
  const stored = await storedAuthorities(sql);
  const needle = asked.toLowerCase();
  return {
    surfaces: stored.surfaces.filter((s) => s.toLowerCase().includes(needle)),
    ids: known ? stored.ids.filter((id) => id === known.id || id.startsWith(`${known.id}.`)) : [],
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
function score(item: Pick<ItemRow, 'title' | 'titleEn' | 'listedDate'>, position: number, terms: string[], newest: string | null): number {
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
