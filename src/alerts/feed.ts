import { Feed } from 'feed';
import { escapeHtml } from '../publish/html.ts';
import type { Sql } from '../store/sql.ts';
import type { SavedSearch } from '../store/saved-searches.ts';
import { eventDate, eventLink, matchingEvents, type MatchedEvent } from './events.ts';

// Atom 1.0 and JSON Feed 1.1 for a saved search, built with the `feed` package. One entry per
// event, newest first, with ids that never change (`urn:regwatch:event:<id>`), so a reader shows
// an event once even when more reports of it arrive; those move its `updated` time instead.
// Every text is HTML-escaped before it goes into the (CDATA) html content, so an ingested
// `<script>` stays text, and `]]>` cannot occur in it.

export type FeedFormat = 'atom' | 'json';
export const FEED_FORMATS: readonly FeedFormat[] = ['atom', 'json'];

export interface FeedOptions {
  /** Where the API is served, for links (e.g. http://127.0.0.1:8080). */
  baseUrl: string;
  publisher: string;
  limit?: number;
}

export function eventUrn(eventId: number): string {
  return `urn:regwatch:event:${eventId}`;
}

// Characters XML 1.0 does not allow at all; removed rather than escaped.
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const clean = (s: string) => s.replace(XML_INVALID, '');

export function eventHtml(e: MatchedEvent): string {
  const paras = e.body
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(clean(p))}</p>`);
  const sources = e.sources.map((s) => `<li>${escapeHtml(clean([s.headline, s.sourceLine, s.document].filter(Boolean).join(' — ')))}</li>`);
  return `${paras.join('')}${sources.length ? `<p>来源：</p><ul>${sources.join('')}</ul>` : ''}`;
}

export async function renderFeed(sql: Sql, saved: SavedSearch, format: FeedFormat, opts: FeedOptions): Promise<string> {
  const events = await matchingEvents(sql, saved.query, { limit: opts.limit ?? 50 });
  const base = opts.baseUrl.replace(/\/$/, '');
  const self = `${base}/api/saved/${saved.id}/feed.${format}`;
  const home = `${base}/api/search?q=${encodeURIComponent(saved.query)}`;
  // Deterministic: the feed changes only when its entries do.
  const updated = events.reduce((max, e) => (e.updated > max ? e.updated : max), saved.createdAt);
  const feed = new Feed({
    id: `urn:regwatch:saved:${saved.id}`,
    title: clean(`regwatch: ${saved.name}`),
    description: clean(saved.query),
    link: home,
    language: 'zh-CN',
    updated: new Date(updated),
    generator: 'regwatch',
    feedLinks: { atom: `${base}/api/saved/${saved.id}/feed.atom`, json: `${base}/api/saved/${saved.id}/feed.json` },
    author: { name: clean(opts.publisher) },
    copyright: clean(opts.publisher),
  });
  for (const e of events) {
    const published = eventDate(e);
    feed.addItem({
      id: eventUrn(e.id),
      title: escapeHtml(clean(e.title)),
      link: eventLink(e, base),
      date: new Date(e.updated),
      ...(published ? { published } : {}),
      content: eventHtml(e),
      category: e.categories.map((c) => ({ name: clean(c), term: clean(c) })),
    });
  }
  if (format === 'atom') return feed.atom1();
  return jsonFeed11(feed.json1(), events, self);
}

/** The package writes JSON Feed 1.0; 1.1 differs in the version, `authors` and `language`. */
function jsonFeed11(json1: string, events: MatchedEvent[], self: string): string {
  const doc = JSON.parse(json1) as Record<string, unknown> & { items: Record<string, unknown>[]; author?: unknown };
  const titles = new Map(events.map((e) => [eventUrn(e.id), clean(e.title)]));
  const out: Record<string, unknown> = {
    version: 'https://jsonfeed.org/version/1.1',
    title: doc.title,
    home_page_url: doc.home_page_url,
    feed_url: self,
    description: doc.description,
    language: 'zh-CN',
    ...(doc.author ? { authors: [doc.author] } : {}),
    items: doc.items.map((item) => ({
      ...item,
      // The package copies the Atom (escaped html) title; JSON titles are plain text.
      title: titles.get(String(item.id)) ?? item.title,
    })),
  };
  return JSON.stringify(out, null, 2);
}
