import { InputError } from '../errors.ts';
import { storeDocument } from '../ingest/service.ts';
import type { Sql } from '../store/sql.ts';
import {
  dueSources,
  getSource,
  insertRun,
  knownEntryUrls,
  recordFailure,
  recordSuccess,
  rememberEntry,
  type SourceRow,
} from '../store/sources.ts';
import { decodeBody } from './decode.ts';
import { entryDocument } from './document.ts';
import { htmlFragmentToText } from '../ingest/formats/html-text.ts';
import type { HttpClient } from './http.ts';
import { getAdapter } from './registry.ts';
import type { SourceEntry } from './types.ts';

export interface SourceRunResult {
  sourceId: number;
  name: string;
  status: 'ok' | 'not-modified' | 'failed';
  found: number;
  new: number;
  error: string | null;
  warning: string | null;
}

export interface RunOptions {
  now?: () => Date;
  /** Sources fetched at the same time (each host is still limited by the HTTP client). */
  parallel?: number;
}

// A failing source waits interval × 2^streak before its next run, at most a week.
const MAX_BACKOFF_MS = 7 * 24 * 3600 * 1000;

/**
 * Runs the given sources (all due ones when `ids` is null). One failing source never stops the
 * others: its error is recorded on its run, its streak grows and its next run moves further out.
 */
export async function runSources(sql: Sql, http: HttpClient, ids: number[] | null, opts: RunOptions = {}): Promise<SourceRunResult[]> {
  const now = opts.now ?? (() => new Date());
  const sources: SourceRow[] = [];
  if (ids === null) sources.push(...(await dueSources(sql, now())));
  else for (const id of ids) sources.push(await mustGet(sql, id));
  const results: SourceRunResult[] = new Array<SourceRunResult>(sources.length);
  let next = 0;
  const worker = async () => {
    while (next < sources.length) {
      const i = next++;
      results[i] = await runSource(sql, http, sources[i]!, now);
    }
  };
  await Promise.all(Array.from({ length: Math.min(opts.parallel ?? 4, sources.length) }, worker));
  return results;
}

async function mustGet(sql: Sql, id: number): Promise<SourceRow> {
  const s = await getSource(sql, id);
  if (!s) throw new InputError(`source ${id}`, 'no such source');
  return s;
}

export async function runSource(sql: Sql, http: HttpClient, src: SourceRow, now: () => Date): Promise<SourceRunResult> {
  const started = now();
  const base = { sourceId: src.id, name: src.name };
  try {
    const known = await knownEntryUrls(sql, src.id);
    const res = await getAdapter(src.adapter).fetch({
      url: src.url,
      config: src.config,
      http,
      etag: src.etag,
      lastModified: src.lastModified,
      isKnown: (u) => known.has(u),
    });
    const problems = [...res.problems];
    let added = 0;
    for (const entry of res.entries) {
      try {
        const doc = await entryDocument(await withContent(http, entry));
        const stored = await storeDocument(sql, doc, entry.url, now());
        if (stored.status === 'added' || stored.status === 'updated') added++;
        await rememberEntry(sql, src.id, entry.url, stored.documentId, now());
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        problems.push(err.message);
      }
    }
    const warning = warningFor(src, res.notModified, res.found, problems);
    const finished = now();
    await recordSuccess(sql, src.id, {
      etag: res.etag,
      lastModified: res.lastModified,
      found: res.notModified ? null : res.found,
      ranAt: finished,
      nextRunAt: new Date(finished.getTime() + src.intervalMinutes * 60_000),
    });
    const status = res.notModified ? 'not-modified' : 'ok';
    await insertRun(sql, { sourceId: src.id, startedAt: started.toISOString(), finishedAt: finished.toISOString(), notModified: res.notModified, found: res.found, new: added, error: null, warning });
    return { ...base, status, found: res.found, new: added, error: null, warning };
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    const finished = now();
    const streak = src.errorStreak + 1;
    const delay = Math.min(src.intervalMinutes * 60_000 * 2 ** streak, MAX_BACKOFF_MS);
    await recordFailure(sql, src.id, { ranAt: finished, nextRunAt: new Date(finished.getTime() + delay) });
    await insertRun(sql, { sourceId: src.id, startedAt: started.toISOString(), finishedAt: finished.toISOString(), notModified: false, found: 0, new: 0, error: err.message, warning: null });
    return { ...base, status: 'failed', found: 0, new: 0, error: err.message, warning: null };
  }
}

/** Feed entries without content get their article page fetched. */
async function withContent(http: HttpClient, entry: SourceEntry): Promise<SourceEntry> {
  if (entry.html || entry.text) return entry;
  const res = await http.get(entry.url);
  if (res.status !== 'ok') return entry;
  const html = decodeBody(res.body, res.contentType, res.url);
  return { ...entry, url: res.url, html, text: htmlFragmentToText(html) };
}

function warningFor(src: SourceRow, notModified: boolean, found: number, problems: string[]): string | null {
  const parts: string[] = [];
  // A list that had items and now has none almost always means the page layout changed and the
  // selectors no longer match (or the site now blocks us); a person should look.
  if (!notModified && found === 0 && (src.lastFound ?? 0) > 0) {
    parts.push(`probable layout change: 0 items found, the last successful run found ${src.lastFound}`);
  }
  if (problems.length > 0) parts.push(`${problems.length} article(s) failed: ${problems.slice(0, 3).join('; ')}`);
  return parts.length > 0 ? parts.join('; ') : null;
}
