import { NotFoundError } from '../errors.ts';
import type { Sql } from '../store/sql.ts';
import { candidatesFor, eventOf, newEvent, setEvent } from '../store/events.ts';
import { getItem } from '../store/items.ts';
import { conflictingFacts, containment, isSameEvent, sharedFacts, shingles, type EventKeys } from './similarity.ts';

export interface EventAssignment {
  itemId: number;
  eventId: number;
  mergedWith: number | null;
  score: number | null;
}

/** Puts newly stored items into events: with the best matching report of another document, or alone. */
export async function assignEvents(sql: Sql, itemIds: number[], now: Date): Promise<EventAssignment[]> {
  const out: EventAssignment[] = [];
  for (const id of itemIds) out.push(await assignOne(sql, id, now));
  return out;
}

async function assignOne(sql: Sql, itemId: number, now: Date): Promise<EventAssignment> {
  const item = await getItem(sql, itemId);
  if (!item) throw new NotFoundError(`no item with id ${itemId}`);
  const keys = keysOf(
    item.date,
    item.region,
    item.values.map((v) => ({ field: v.field, value: v.field === 'authority' && v.data.id ? String(v.data.id) : v.value })),
  );
  const mine = shingles(`${item.title ?? ''}\n${item.body}`);
  let best: { eventId: number; itemId: number; score: number } | null = null;
  for (const c of await candidatesFor(sql, {
    id: itemId,
    documentId: item.documentId,
    from: item.date ? shiftDays(item.date, -3) : null,
    to: item.date ? shiftDays(item.date, 3) : null,
    keys: [...keys.penalties, ...keys.instruments],
  })) {
    const score = containment(mine, shingles(c.text));
    const theirs = keysOf(c.date, c.region, c.values);
    const same = isSameEvent(score, sharedFacts(keys, theirs), conflictingFacts(keys, theirs));
    if (same && (!best || score > best.score)) best = { eventId: c.eventId, itemId: c.id, score };
  }
  if (best) {
    await setEvent(sql, itemId, best.eventId, 'auto', round(best.score));
    return { itemId, eventId: best.eventId, mergedWith: best.itemId, score: round(best.score) };
  }
  const eventId = await newEvent(sql, now);
  await setEvent(sql, itemId, eventId, 'new', null);
  return { itemId, eventId, mergedWith: null, score: null };
}

/** Undoes a merge: the item becomes an event of its own and stays so. */
export async function splitItem(sql: Sql, itemId: number, now: Date): Promise<number> {
  if (!(await eventOf(sql, itemId))) throw new NotFoundError(`no item with id ${itemId}`);
  const eventId = await newEvent(sql, now);
  await setEvent(sql, itemId, eventId, 'split', null);
  return eventId;
}

/** Puts an item into another item's event by hand. */
export async function mergeItems(sql: Sql, itemId: number, intoItemId: number): Promise<number> {
  const target = await eventOf(sql, intoItemId);
  if (!target || !(await eventOf(sql, itemId))) throw new NotFoundError(`no item with id ${target ? itemId : intoItemId}`);
  await setEvent(sql, itemId, target.eventId, 'manual', null);
  return target.eventId;
}

function keysOf(date: string | null, region: string | null, values: { field: string; value: string }[]): EventKeys {
  const of = (f: string) => values.filter((v) => v.field === f).map((v) => v.value);
  return { date, region, penalties: of('penalty'), instruments: of('instrument'), authorities: of('authority') };
}

function shiftDays(date: string, days: number): string {
  const d = new Date(Date.parse(date.length === 7 ? `${date}-01` : date) + days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
