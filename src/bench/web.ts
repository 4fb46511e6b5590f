import type { Sql } from '../store/sql.ts';
import { createApp } from '../web/app.ts';
import { percentile } from './search.ts';
import { prng } from './search-corpus.ts';
import { queryMix } from './search-queries.ts';
import { loadSeedItems } from './search-corpus.ts';

// `bench web`: how long the pages people open take to render, over whatever database it is pointed
// at (a user's own, or a corpus kept by `bench search --keep`). Pages are requested in process
// through the app's fetch handler and their bodies read in full, so the figure is the server's
// rendering time without the network.

export const PAGE_KINDS = ['search', 'facets', 'item', 'law-article', 'dashboard', 'deadlines'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export interface PageReport {
  kind: PageKind;
  pages: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
}

export interface WebBenchReport {
  items: number;
  rounds: number;
  pages: PageReport[];
}

/** The fixed page list: the search-box mix of `bench search`, 50 sampled items and the other pages. */
async function pageUrls(sql: Sql): Promise<Map<PageKind, string[]>> {
  const mix = queryMix(await loadSeedItems(sql));
  const { lo, hi } = (await sql.get<{ lo: number; hi: number }>('SELECT min(id) AS lo, max(id) AS hi FROM items'))!;
  const rand = prng(7);
  const items = Array.from({ length: 50 }, () => `/items/${lo + Math.floor(rand() * (hi - lo + 1))}`);
  return new Map<PageKind, string[]>([
    // The page people wait for (results, facets inline up to the app's threshold), and the facet
    // fragment that large result sets fetch after it.
    ['search', mix.map((q) => `/search?q=${encodeURIComponent(q.query)}`)],
    ['facets', mix.map((q) => `/search/facets?q=${encodeURIComponent(q.query)}`)],
    ['item', items],
    ['law-article', ['/laws/cn.law.data-security/articles/45', '/laws/cn.law.cybersecurity/articles/21', '/laws/cn.law.personal-information-protection/articles/66']],
    ['dashboard', ['/dashboard']],
    ['deadlines', ['/deadlines?month=2023-09&from=2023-09-01']],
  ]);
}

export async function benchWeb(sql: Sql, rounds: number, onProgress: (m: string) => void = () => undefined): Promise<WebBenchReport> {
  const app = createApp(sql, { today: () => '2023-09-01' });
  const urls = await pageUrls(sql);
  const items = (await sql.get<{ n: number }>('SELECT COUNT(*) AS n FROM items'))!.n;
  const fetchPage = async (url: string): Promise<number> => {
    const t = performance.now();
    const res = await app.request(`http://127.0.0.1${url}`);
    await res.text();
    // A sampled item id that no longer exists is a 404 page, still a rendered page; anything else
    // but 200 means the figure would not be the page's.
    if (res.status !== 200 && !(res.status === 404 && url.startsWith('/items/'))) throw new Error(`bench web: ${url} answered ${res.status}`);
    return performance.now() - t;
  };
  const pages: PageReport[] = [];
  for (const kind of PAGE_KINDS) {
    const list = urls.get(kind)!;
    onProgress(`web      ${kind}: ${list.length} pages × ${rounds} rounds`);
    for (const url of list) await fetchPage(url); // untimed: the first touch reads the disk
    const times: number[] = [];
    for (let r = 0; r < rounds; r++) for (const url of list) times.push(await fetchPage(url));
    times.sort((a, b) => a - b);
    const ms = (p: number) => Math.round(percentile(times, p / 100) * 10) / 10;
    pages.push({ kind, pages: list.length, p50Ms: ms(50), p95Ms: ms(95), p99Ms: ms(99), maxMs: Math.round(times.at(-1)! * 10) / 10 });
  }
  return { items, rounds, pages };
}
