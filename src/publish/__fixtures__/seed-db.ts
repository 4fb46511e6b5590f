import { SEEDS } from '../../../test/helpers/seeds.ts';
import { ingestPaths } from '../../ingest/service.ts';
import { openDb, type Db } from '../../store/db.ts';
import { eventOf } from '../../store/events.ts';
import { listItems, type ItemRow } from '../../store/items.ts';
import { composeNewsletter, type ComposeOptions } from '../compose.ts';

export const SEPTEMBER = { from: '2023-09-01', to: '2023-09-30' };

export async function seedDb(): Promise<Db> {
  const db = openDb(':memory:');
  await ingestPaths(db, [SEEDS], { maxFileBytes: 10e6 });
  return db;
}

export function compose(db: Db, opts: Partial<ComposeOptions> = {}) {
  return composeNewsletter(db, { ...SEPTEMBER, publisher: 'Test Publisher', disclaimer: '测试声明：仅供参考。', ...opts });
}

/**
 * What the newsletter should hold, computed from the store independently of the composer: the
 * period's items that are not sub-cases of a listed release, one per event.
 */
export function expectedEntries(db: Db, from = SEPTEMBER.from, to = SEPTEMBER.to): ItemRow[] {
  const rows = listItems(db, { after: from, before: to, limit: 100_000 });
  const ids = new Set(rows.map((r) => r.id));
  const events = new Set<number>();
  return rows.filter((r) => {
    if (r.parentId !== null && ids.has(r.parentId)) return false;
    const e = eventOf(db, r.id)?.eventId;
    if (e === undefined) return true;
    if (events.has(e)) return false;
    events.add(e);
    return true;
  });
}
