import type { Db } from '../store/db.ts';
import { listItems, type ItemRow } from '../store/items.ts';
import { parseQuery, type ParsedQuery } from './query.ts';
import { termQuery } from './tokens.ts';

export interface SearchHit {
  item: ItemRow;
  /** A window of the item's text around the first match, and the match offsets inside it. */
  snippet: string;
  highlights: { start: number; end: number }[];
}

export interface SearchOptions {
  limit?: number;
}

/** Runs a query in the search-box language against current items. */
export function searchItems(db: Db, input: string, opts: SearchOptions = {}): SearchHit[] {
  const q = parseQuery(input);
  const ids = matchingIds(db, q);
  const items = listItems(db, {
    ids: ids ?? undefined,
    category: q.category,
    region: q.region,
    authority: q.authority,
    law: q.law,
    after: q.after,
    before: q.before,
    limit: ids ? Math.max(ids.length, 1) : (opts.limit ?? 50),
  });
  const order = ids ? new Map(ids.map((id, i) => [id, i])) : null;
  const ranked = order ? items.sort((a, b) => order.get(a.id)! - order.get(b.id)!) : items;
  return ranked.slice(0, opts.limit ?? 50).map((item) => ({ item, ...snippetOf(item, q.terms) }));
}

/** Item ids matching the text terms, best first; null when the query has no text terms. */
function matchingIds(db: Db, q: ParsedQuery): number[] | null {
  if (q.terms.length === 0 && q.excluded.length === 0) return null;
  const must: string[] = [];
  const scan: string[] = [];
  for (const t of q.terms) {
    const fts = termQuery(t);
    if (fts) must.push(fts);
    else scan.push(t);
  }
  const not = q.excluded.map((t) => termQuery(t));
  let ids: number[];
  if (must.length > 0) {
    const expr = must.join(' AND ') + not.filter((n): n is string => n !== null).map((n) => ` NOT ${n}`).join('');
    ids = (db.prepare('SELECT rowid AS id FROM items_fts WHERE items_fts MATCH ? ORDER BY bm25(items_fts)').all(expr) as { id: number }[]).map((r) => r.id);
  } else {
    ids = (db.prepare('SELECT id FROM items ORDER BY date DESC').all() as { id: number }[]).map((r) => r.id);
  }
  // Single Chinese characters cannot be answered from a bigram index: check them on the text.
  const textChecks = [...scan.map((t) => ({ t, want: true })), ...q.excluded.filter((_, i) => not[i] === null || must.length === 0).map((t) => ({ t, want: false }))];
  if (textChecks.length === 0) return ids;
  const texts = db.prepare(`SELECT id, coalesce(title,'') || ' ' || coalesce(title_en,'') || ' ' || body || ' ' || coalesce(body_en,'') AS t FROM items WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as { id: number; t: string }[];
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
