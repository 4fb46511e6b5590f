import type { HttpClient } from './http.ts';

/** One article found by a source: where it lives and whatever content came with it. */
export interface SourceEntry {
  url: string;
  title: string | null;
  /** ISO date (YYYY-MM-DD) or date-time when the source gives one. */
  date: string | null;
  /** Article HTML when the source has it (feed content, fetched article page). */
  html: string | null;
  /** Plain text of the article body, always filled when html is. */
  text: string | null;
}

export interface AdapterContext {
  url: string;
  /** Adapter-specific settings (validated by the adapter). */
  config: unknown;
  http: HttpClient;
  /** Stored validators of the source's own URL, for a conditional GET. */
  etag: string | null;
  lastModified: string | null;
  /** Article URLs already stored for this source: list pages skip fetching them again. */
  isKnown(url: string): boolean;
}

export interface AdapterResult {
  /** The source URL answered 304: nothing changed since the last run. */
  notModified: boolean;
  /** Items the source lists (known ones included), for the layout-change check. */
  found: number;
  /** Entries to store (list pages leave out the known ones). */
  entries: SourceEntry[];
  etag: string | null;
  lastModified: string | null;
  /** Articles that failed without failing the source. */
  problems: string[];
}

/** A source adapter, RSSHub-style: one module per kind of source, registered in registry.ts. */
export interface SourceAdapter {
  id: string;
  name: string;
  kind: 'feed' | 'list';
  /** Checks a config (and, where the adapter reads it, the URL) before it is stored; throws a readable error. */
  validateConfig(config: unknown, url?: string): void;
  fetch(ctx: AdapterContext): Promise<AdapterResult>;
}
