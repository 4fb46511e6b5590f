import { search } from '../search/search.ts';
import type { Sql } from '../store/sql.ts';
import { eventOf, sourcesOf } from '../store/events.ts';
import { listItems, valuesOf, type ItemRow, type StoredValue } from '../store/items.ts';

export interface SelectOptions {
  from: string;
  to: string;
  /** Search-box query narrowing the period's items (same language as `regwatch search`). */
  query?: string | undefined;
}

export interface Selected {
  item: ItemRow;
  values: StoredValue[];
  children: Selected[];
  sources: { document: string; sourceLine: string | null; headline: string }[];
}

// Far above any real period; listItems needs a limit.
const ALL = Number.MAX_SAFE_INTEGER;

/**
 * The period's items of current documents, oldest first, one per development: when an event has
 * several reports the first one (oldest document) stands for it and lists every source. Sub-cases
 * travel with their release instead of standing alone.
 */
export async function selectItems(sql: Sql, opts: SelectOptions): Promise<Selected[]> {
  let rows = await listItems(sql, { after: opts.from, before: opts.to, limit: ALL });
  if (opts.query?.trim()) {
    const hits = new Set((await search(sql, opts.query, { limit: ALL })).hits.map((h) => h.item.id));
    // A release matches when it or one of its sub-cases matches.
    for (const r of rows) if (r.parentId !== null && hits.has(r.id)) hits.add(r.parentId);
    rows = rows.filter((r) => hits.has(r.id) || (r.parentId !== null && hits.has(r.parentId)));
  }
  const values = await valuesOf(sql, rows.map((r) => r.id));
  const present = new Set(rows.map((r) => r.id));
  const seenEvents = new Set<number>();
  const top: Selected[] = [];
  const byId = new Map<number, Selected>();
  const ordered = [...rows].sort(byDate);
  for (const item of ordered) {
    const sel: Selected = { item, values: values.get(item.id) ?? [], children: [], sources: [] };
    byId.set(item.id, sel);
  }
  for (const item of ordered) {
    const sel = byId.get(item.id)!;
    if (item.parentId !== null && present.has(item.parentId)) {
      byId.get(item.parentId)!.children.push(sel);
      continue;
    }
    const event = await eventOf(sql, item.id);
    const reports = event ? await sourcesOf(sql, event.eventId) : [];
    if (event && reports.length > 1) {
      if (seenEvents.has(event.eventId)) continue;
      seenEvents.add(event.eventId);
      // The oldest document's report in the period stands for the event.
      const first = reports.map((r) => byId.get(r.itemId)).find((s) => s !== undefined && s.item.parentId === null);
      if (first && first !== sel) {
        first.sources = reports.map(sourceOf);
        top.push(first);
        continue;
      }
      sel.sources = reports.map(sourceOf);
    } else {
      sel.sources = [{ document: item.documentSource, sourceLine: item.sourceLine, headline: item.headline }];
    }
    top.push(sel);
  }
  for (const s of byId.values()) s.children.sort((a, b) => a.item.seq - b.item.seq);
  return top.sort(byItemDate);
}

function sourceOf(r: { documentSource: string; sourceLine: string | null; headline: string }) {
  return { document: r.documentSource, sourceLine: r.sourceLine, headline: r.headline };
}

function byDate(a: ItemRow, b: ItemRow): number {
  return (a.listedDate ?? '').localeCompare(b.listedDate ?? '') || a.documentId - b.documentId || a.seq - b.seq;
}

function byItemDate(a: Selected, b: Selected): number {
  return byDate(a.item, b.item);
}
