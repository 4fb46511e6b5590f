import { search } from '../search/search.ts';
import { openDb } from '../store/db.ts';

// The store that `bench search` measures, created in one place so another backend (the PostgreSQL
// one being built on the async `Sql` interface) is added here and nowhere else. Every call returns a
// promise and is awaited, so an asynchronous backend fits without changing the bench.

export const BACKENDS = ['sqlite'] as const;
export type BackendKind = (typeof BACKENDS)[number];

export interface SearchBackend {
  readonly kind: BackendKind;
  /** The product's search; resolves to the number of matches. */
  search(query: string, opts: { facets: boolean }): Promise<{ total: number; hits: number }>;
  /** The naive alternative: a scan of every item body with `LIKE '%term%'`; resolves to the count. */
  naiveScan(term: string): Promise<number>;
  close(): Promise<void>;
}

export function openBackend(kind: BackendKind, location: string): SearchBackend {
  switch (kind) {
    case 'sqlite': {
      const db = openDb(location);
      const naive = db.prepare("SELECT COUNT(*) AS n FROM items WHERE body LIKE ? ESCAPE '\\'");
      return {
        kind,
        async search(query, opts) {
          const r = search(db, query, { limit: 20, facets: opts.facets });
          return { total: r.total, hits: r.hits.length };
        },
        async naiveScan(term) {
          return (naive.get(`%${term.replace(/[\\%_]/g, (c) => '\\' + c)}%`) as { n: number }).n;
        },
        async close() {
          db.close();
        },
      };
    }
  }
}
