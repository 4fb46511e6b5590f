import { search, SEARCH_WINDOW } from '../search/search.ts';
import { escapeLike } from '../store/items.ts';
import { openStore } from '../store/open.ts';

// The store that `bench search` measures, created in one place: a SQLite file or a PostgreSQL
// database, both through `openStore` and the same search code.

export const BACKENDS = ['sqlite', 'postgres'] as const;
export type BackendKind = (typeof BACKENDS)[number];

export interface SearchBackend {
  readonly kind: BackendKind;
  /** The product's search; resolves to the number of matches. */
  search(query: string, opts: { facets: boolean }): Promise<{ total: number; hits: number }>;
  /** The naive alternative: a scan of every item body with `LIKE '%term%'`; resolves to the count. */
  naiveScan(term: string): Promise<number>;
  close(): Promise<void>;
}

/** `location` is a SQLite file for `sqlite` and a connection URL for `postgres`. */
export async function openBackend(kind: BackendKind, location: string): Promise<SearchBackend> {
  const sql = await openStore(location);
  if (sql.dialect !== kind) {
    await sql.close();
    throw new Error(`bench search: ${kind} asked for, but the location opens a ${sql.dialect} store`);
  }
  return {
    kind,
    async search(query, opts) {
      const r = await search(sql, query, { limit: 20, facets: opts.facets, window: SEARCH_WINDOW });
      return { total: r.total, hits: r.hits.length };
    },
    async naiveScan(term) {
      const row = await sql.get<{ n: number }>("SELECT COUNT(*) AS n FROM items WHERE body LIKE ? ESCAPE '\\'", [`%${escapeLike(term)}%`]);
      return row?.n ?? 0;
    },
    close: () => sql.close(),
  };
}
