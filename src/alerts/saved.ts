import { ConfigError, QueryError } from '../errors.ts';
import { parseQuery } from '../search/query.ts';
import type { Sql } from '../store/sql.ts';
import { findSavedSearch, insertSavedSearch, type Digest, type SavedSearch } from '../store/saved-searches.ts';
import { baselineSavedSearch } from './deliver.ts';

export interface SaveInput {
  name: string;
  query: string;
  webhook?: string | undefined;
  secret?: string | undefined;
  email?: string | undefined;
  digest?: string | undefined;
  /** Also notify about the events that already match (default: only events arriving later). */
  backfill?: boolean | undefined;
}

const EMAIL = /^[^\s@<>",;]+@[^\s@<>",;]+\.[^\s@<>",;]+$/;

/**
 * Validates and stores a saved search. The query must parse; a webhook needs an http(s) URL and a
 * secret (its own or REGWATCH_WEBHOOK_SECRET); an email needs a digest period. Events that match
 * already are recorded as baseline, so the first alert carries only what is new.
 */
export async function saveSearch(sql: Sql, input: SaveInput, now: Date, opts: { defaultSecret?: string | undefined } = {}): Promise<SavedSearch> {
  const name = input.name.trim();
  if (!name || name.length > 200) throw new ConfigError('a saved search needs a name of 1 to 200 characters');
  if (/^\d+$/.test(name)) throw new ConfigError('a saved search name cannot be a number (numbers are ids)');
  const query = input.query.trim();
  if (!query) throw new QueryError('a saved search needs a query');
  parseQuery(query);
  if (await findSavedSearch(sql, name)) throw new ConfigError(`a saved search named "${name}" exists already`);
  if (input.webhook !== undefined) {
    let url: URL;
    try {
      url = new URL(input.webhook);
    } catch {
      throw new ConfigError(`--webhook "${input.webhook}" is not a URL`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConfigError('--webhook must be an http:// or https:// URL');
    if (input.secret !== undefined && input.secret.length < 16) throw new ConfigError('--secret must be at least 16 characters');
    if (input.secret === undefined && !opts.defaultSecret) throw new ConfigError('--webhook needs --secret <s> (or REGWATCH_WEBHOOK_SECRET)');
  } else if (input.secret !== undefined) throw new ConfigError('--secret is only for --webhook');
  let digest: Digest | undefined;
  if (input.email !== undefined) {
    if (!EMAIL.test(input.email)) throw new ConfigError(`--email "${input.email}" is not an email address`);
    if (input.digest !== undefined && input.digest !== 'daily' && input.digest !== 'weekly') throw new ConfigError('--digest must be daily or weekly');
    digest = (input.digest ?? 'daily') as Digest;
  } else if (input.digest !== undefined) throw new ConfigError('--digest is only for --email');
  return sql.transaction(async (tx) => {
    const saved = await insertSavedSearch(tx, { name, query, webhookUrl: input.webhook, webhookSecret: input.secret, email: input.email, digest }, now);
    if (!input.backfill) await baselineSavedSearch(tx, saved, now);
    return saved;
  });
}

/** A saved search without its secret, for listings and the API. */
export function publicView(s: SavedSearch) {
  const { webhookSecret, ...rest } = s;
  return { ...rest, webhookSecret: webhookSecret ? '(set)' : null };
}
