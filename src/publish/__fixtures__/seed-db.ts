import { SEEDS } from '../../../test/helpers/seeds.ts';
import { ingestPaths } from '../../ingest/service.ts';
import { openStore } from '../../store/open.ts';
import type { Sql } from '../../store/sql.ts';
import { eventOf } from '../../store/events.ts';
import { listItems, type ItemRow } from '../../store/items.ts';
import { composeNewsletter, type ComposeOptions } from '../compose.ts';

export const SEPTEMBER = { from: '2023-09-01', to: '2023-09-30' };

/** A store (fresh SQLite in memory unless `open` gives another) holding the seed newsletters. */
export async function seedDb(open: () => Promise<Sql> = () => openStore(':memory:')): Promise<Sql> {
  const db = await open();
  await ingestPaths(db, [SEEDS], { maxFileBytes: 10e6 });
  return db;
}

export function compose(db: Sql, opts: Partial<ComposeOptions> = {}) {
  return composeNewsletter(db, { ...SEPTEMBER, publisher: 'Test Publisher', disclaimer: '测试声明：仅供参考。', ...opts });
}

/**
 * What the newsletter should hold, computed from the store independently of the composer: the
 * period's items that are not sub-cases of a listed release, one per event.
 */
export async function expectedEntries(db: Sql, from = SEPTEMBER.from, to = SEPTEMBER.to): Promise<ItemRow[]> {
  const rows = await listItems(db, { after: from, before: to, limit: 100_000 });
  const ids = new Set(rows.map((r) => r.id));
  const events = new Set<number>();
  const out: ItemRow[] = [];
  for (const r of rows) {
    if (r.parentId !== null && ids.has(r.parentId)) continue;
    const e = (await eventOf(db, r.id))?.eventId;
    if (e !== undefined) {
      if (events.has(e)) continue;
      events.add(e);
    }
    out.push(r);
  }
  return out;
}
