import { search } from '../search/search.ts';
import type { Sql } from '../store/sql.ts';
import { sourcesOf } from '../store/events.ts';
import { valuesOf, type ItemRow } from '../store/items.ts';
import { eventsOfItems } from '../store/saved-searches.ts';

// The events a saved search matches: the matching items grouped by event, one entry per event,
// newest development first. Feeds and alerts both read this, so a feed entry and an alert about
// the same event say the same thing.

export interface MatchedEvent {
  id: number;
  title: string;
  /** Date of the development (YYYY-MM-DD or YYYY-MM), when the text gives one. */
  date: string | null;
  /** When the event last gained a report: the newest storing time of its documents. */
  updated: string;
  category: string;
  region: string | null;
  /** Category first, then the item's topics. */
  categories: string[];
  body: string;
  /** The item standing for the event (the first report among the matches). */
  itemId: number;
  sources: { itemId: number; document: string; sourceLine: string | null; headline: string; date: string | null }[];
}

const ALL = Number.MAX_SAFE_INTEGER;

export async function matchingEvents(sql: Sql, query: string, opts: { limit?: number } = {}): Promise<MatchedEvent[]> {
  const items = (await search(sql, query, { limit: ALL })).hits.map((h) => h.item);
  const eventOfItem = await eventsOfItems(sql, items.map((i) => i.id));
  const byEvent = new Map<number, ItemRow[]>();
  for (const item of items) {
    const e = eventOfItem.get(item.id);
    if (!e) continue;
    const list = byEvent.get(e.eventId) ?? [];
    list.push(item);
    byEvent.set(e.eventId, list);
  }
  const firsts = [...byEvent.entries()].map(([eventId, list]) => ({
    eventId,
    item: list.reduce((a, b) => (b.documentId < a.documentId || (b.documentId === a.documentId && b.seq < a.seq) ? b : a)),
  }));
  const values = await valuesOf(sql, firsts.map((f) => f.item.id));
  const events: MatchedEvent[] = [];
  for (const { eventId, item } of firsts) {
    const sources = await sourcesOf(sql, eventId);
    const stored = await eventsOfItems(sql, sources.map((s) => s.itemId));
    const updated = [...stored.values()].reduce((max, s) => (s.ingestedAt > max ? s.ingestedAt : max), '');
    const topics = (values.get(item.id) ?? []).filter((v) => v.field === 'topic').map((v) => v.value);
    events.push({
      id: eventId,
      title: item.title ?? item.headline,
      date: item.listedDate,
      updated: updated || new Date(0).toISOString(),
      category: item.category,
      region: item.region,
      categories: [...new Set([item.category, ...topics])],
      body: item.body,
      itemId: item.id,
      sources: sources.map((s) => ({ itemId: s.itemId, document: s.documentSource, sourceLine: s.sourceLine, headline: s.headline, date: s.date })),
    });
  }
  events.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || b.updated.localeCompare(a.updated) || b.id - a.id);
  return opts.limit === undefined ? events : events.slice(0, opts.limit);
}

/** The event's date as a Date, or undefined when the text gives none. */
export function eventDate(e: MatchedEvent): Date | undefined {
  if (!e.date) return undefined;
  const d = new Date(e.date.length === 7 ? `${e.date}-01T00:00:00Z` : `${e.date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

export function isHttpUrl(s: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(s);
}

/** A link for the event: its first web source, else the API page of its item. */
export function eventLink(e: MatchedEvent, baseUrl: string): string {
  const web = e.sources.find((s) => isHttpUrl(s.document));
  return web ? web.document : `${baseUrl.replace(/\/$/, '')}/api/items/${e.itemId}`;
}
