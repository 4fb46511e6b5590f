import type { ItemRecord, ItemValue } from '../extract/record.ts';
import type { Sql } from '../store/sql.ts';
import { linkableValues, loadCorpus, updateValueData } from './repository.ts';
import { createResolver, type Resolver } from './resolve.ts';

// Adds law links to extracted values without touching extraction: citation values gain lawId,
// versionId, linkStatus and note; instrument values whose title names a known law gain lawId.
// Ingest calls linkRecords after analyse(); `laws import` calls relinkStoredValues, so the two
// commands can run in either order.

const LINK_KEYS = ['lawId', 'versionId', 'linkStatus', 'note'] as const;

/** The resolver over the imported laws, or null when no laws were imported. */
export async function resolverFor(sql: Sql): Promise<Resolver | null> {
  const corpus = await loadCorpus(sql);
  return corpus ? createResolver(corpus) : null;
}

/** A value's data with fresh links (old link keys dropped first), or the data unchanged. */
export function linkData(
  resolver: Resolver,
  field: string,
  data: Record<string, unknown>,
  date: string | null,
): Record<string, unknown> {
  if (field !== 'citation' && field !== 'instrument') return data;
  const base = { ...data };
  for (const k of LINK_KEYS) delete base[k];
  if (field === 'instrument') {
    const lawId = typeof base.title === 'string' ? resolver.resolveLaw(base.title) : null;
    return lawId === null ? base : { ...base, lawId };
  }
  const { law, article, paragraph, suffix } = base;
  if (typeof law !== 'string' || typeof article !== 'number') return base;
  const link = resolver.resolveCitation(
    {
      law,
      article,
      paragraph: typeof paragraph === 'number' ? paragraph : null,
      suffix: typeof suffix === 'number' ? suffix : null,
    },
    date,
  );
  return { ...base, lawId: link.lawId, versionId: link.versionId, linkStatus: link.status, note: link.note };
}

/** Records with their citation and instrument values linked; unchanged when no laws are imported. */
export async function linkRecords(sql: Sql, records: ItemRecord[], fallbackDate: string | null = null): Promise<ItemRecord[]> {
  const resolver = await resolverFor(sql);
  if (!resolver) return records;
  return records.map((r) => ({
    ...r,
    values: r.values.map((v): ItemValue => ({ ...v, data: linkData(resolver, v.field, v.data, r.date ?? fallbackDate) })),
  }));
}

/** Re-links every stored citation and instrument value; returns how many changed. Call in a transaction. */
export async function relinkStoredValues(sql: Sql, resolver: Resolver): Promise<number> {
  let changed = 0;
  for (const v of await linkableValues(sql)) {
    const data = JSON.parse(v.data) as Record<string, unknown>;
    const next = JSON.stringify(linkData(resolver, v.field, data, v.date));
    if (next === v.data) continue;
    await updateValueData(sql, v.id, next);
    changed += 1;
  }
  return changed;
}
