import { NotFoundError } from '../errors.ts';
import { feedAdapter } from './adapters/feed.ts';
import { imapAdapter } from './adapters/imap.ts';
import { listAdapter, parseListConfig } from './adapters/list.ts';
import { SITES, type Site } from './sites.ts';
import type { SourceAdapter } from './types.ts';

/**
 * Every adapter, in one place (RSSHub-style). Code adapters are modules; each ready-made site in
 * sites.json becomes an adapter of its own id that runs the list adapter with the site's config,
 * with a source's stored config laid over it (so a changed selector can be patched per source).
 */
const CODE_ADAPTERS: SourceAdapter[] = [feedAdapter, listAdapter, imapAdapter];

function siteAdapter(site: Site): SourceAdapter {
  const merged = (config: unknown) => ({ ...site.config, ...(isObject(config) ? config : {}) });
  return {
    id: site.id,
    name: site.name,
    kind: 'list',
    validateConfig: (config) => void parseListConfig(merged(config), site.id),
    fetch: (ctx) => listAdapter.fetch({ ...ctx, config: merged(ctx.config) }),
  };
}

export const ADAPTERS: ReadonlyMap<string, SourceAdapter> = new Map(
  [...CODE_ADAPTERS, ...SITES.map(siteAdapter)].map((a) => [a.id, a]),
);

export function getAdapter(id: string): SourceAdapter {
  const a = ADAPTERS.get(id);
  if (!a) throw new NotFoundError(`no source adapter "${id}"; known: ${[...ADAPTERS.keys()].join(', ')}`);
  return a;
}

export function getSite(id: string): Site | undefined {
  return SITES.find((s) => s.id === id);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export interface AdapterInfo {
  id: string;
  name: string;
  kind: 'feed' | 'list';
  /** Ready-made sites only: default URL, authority, and whether checked against the live site. */
  url: string | null;
  authority: string | null;
  verified: boolean | null;
}

/** Every adapter with its metadata: the "supported sources" list (CLI, docs). */
export function describeAdapters(): AdapterInfo[] {
  return [...ADAPTERS.values()].map((a) => {
    const site = getSite(a.id);
    return { id: a.id, name: a.name, kind: a.kind, url: site?.url ?? null, authority: site?.authority ?? null, verified: site?.verified ?? null };
  });
}
