import { InputError } from '../errors.ts';
import type { Sql } from '../store/sql.ts';
import { findSourceByUrl, getSource, insertSource, type SourceRow } from '../store/sources.ts';
import { getAdapter, getSite } from './registry.ts';

export interface AddSourceInput {
  adapter: string;
  url?: string | undefined;
  name?: string | undefined;
  intervalMinutes?: number | undefined;
  config?: string | undefined;
}

/** Adds a source after checking adapter, URL and config; a ready-made site fills in the defaults. */
export async function addSource(sql: Sql, input: AddSourceInput, now: Date): Promise<SourceRow> {
  const adapter = getAdapter(input.adapter);
  const site = getSite(adapter.id);
  const url = input.url ?? site?.url;
  if (!url) throw new InputError(adapter.id, 'a URL is required for this adapter');
  let parsedUrl: URL;
  try {
    parsedUrl = new URL(url);
  } catch {
    throw new InputError(url, 'not a valid URL');
  }
  // Mailboxes are reached over IMAP; everything else is fetched over HTTP(S).
  const schemes = adapter.id === 'imap' ? ['imap:', 'imaps:'] : ['http:', 'https:'];
  if (!schemes.includes(parsedUrl.protocol)) {
    throw new InputError(url, `the ${adapter.id} adapter takes ${schemes.map((p) => p.replace(':', '')).join(' or ')} URLs`);
  }
  let config: unknown = {};
  if (input.config !== undefined) {
    try {
      config = JSON.parse(input.config);
    } catch (err) {
      throw new InputError('--config', `not valid JSON: ${(err as Error).message}`);
    }
  }
  adapter.validateConfig(config, parsedUrl.href);
  const interval = input.intervalMinutes ?? site?.interval ?? 60;
  if (!Number.isInteger(interval) || interval < 1) throw new InputError('--interval', 'must be a whole number of minutes, at least 1');
  if (await findSourceByUrl(sql, adapter.id, parsedUrl.href)) throw new InputError(parsedUrl.href, `already a ${adapter.id} source`);
  const id = await insertSource(sql, { adapter: adapter.id, name: input.name ?? site?.name ?? parsedUrl.host, url: parsedUrl.href, config, intervalMinutes: interval }, now);
  return (await getSource(sql, id))!;
}
