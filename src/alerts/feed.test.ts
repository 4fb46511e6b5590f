import { parseFeed } from '@rowanmanning/feed-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachBackend } from '../../test/helpers/backends.ts';
import { SEED, seedPath } from '../../test/helpers/seeds.ts';
import { ingestPaths } from '../ingest/service.ts';
import type { Sql } from '../store/sql.ts';
import type { SavedSearch } from '../store/saved-searches.ts';
import { createApiApp } from '../web/api.ts';
import { matchingEvents, type MatchedEvent } from './events.ts';
import { eventHtml, renderFeed } from './feed.ts';
import { saveSearch } from './saved.ts';

const NOW = new Date('2026-01-01T00:00:00Z');
const OPTS = { baseUrl: 'http://127.0.0.1:8080', publisher: 'Test Publisher' };

describeEachBackend('feeds of saved searches', (open) => {
  let db: Sql;
  let saved: SavedSearch;
  let events: MatchedEvent[];
  beforeAll(async () => {
    db = await open();
    await ingestPaths(db, [seedPath(SEED.weekly2021a), seedPath(SEED.weekly2021b)], { maxFileBytes: 10e6 });
    saved = await saveSearch(db, { name: 'pi', query: '个人信息' }, NOW);
    events = await matchingEvents(db, saved.query);
  });

  describe('Atom feed of a saved search', () => {
    it('has one entry per matching event, newest first, with stable ids, dates and categories', async () => {
      expect(events.length).toBeGreaterThan(3);
      const feed = parseFeed((await renderFeed(db, saved, 'atom', OPTS)));
      expect(feed.title).toBe('regwatch: pi');
      expect(feed.items.map((i) => i.id)).toEqual(events.map((e) => `urn:regwatch:event:${e.id}`));
      const dates = events.map((e) => e.date ?? '');
      expect([...dates].sort().reverse()).toEqual(dates);
      for (const [i, item] of feed.items.entries()) {
        const e = events[i]!;
        expect(item.title).toBe(e.title);
        expect(item.updated?.toISOString()).toBe(new Date(e.updated).toISOString());
        expect(item.categories.map((c) => c.term)).toEqual(e.categories);
        expect(item.categories[0]!.term).toBe(e.category);
        expect(item.url).toMatch(/^http/);
        expect(item.content).toContain(e.body.split('\n')[0]!.slice(0, 20));
      }
      // The same database gives the same feed: ids and times do not depend on when it is built.
      expect(await renderFeed(db, saved, 'atom', OPTS)).toBe((await renderFeed(db, saved, 'atom', OPTS)));
    });

    it('escapes ingested markup in content', async () => {
      const e: MatchedEvent = { ...events[0]!, body: '<script>alert(1)</script> & ]]> <b>', sources: [] };
      const html = eventHtml(e);
      expect(html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; ]]&gt; &lt;b&gt;</p>');
    });
  });

  describe('JSON Feed of a saved search', () => {
    it('is JSON Feed 1.1 with the required fields and the same entries', async () => {
      const doc = JSON.parse((await renderFeed(db, saved, 'json', OPTS))) as {
        version: string;
        title: string;
        feed_url: string;
        items: { id: string; title: string; content_html: string; url: string; date_modified: string; tags: string[] }[];
      };
      expect(doc.version).toBe('https://jsonfeed.org/version/1.1');
      expect(doc.title).toBe('regwatch: pi');
      expect(doc.feed_url).toBe(`http://127.0.0.1:8080/api/saved/${saved.id}/feed.json`);
      expect(doc.items.map((i) => i.id)).toEqual(events.map((e) => `urn:regwatch:event:${e.id}`));
      for (const [i, item] of doc.items.entries()) {
        expect(typeof item.id).toBe('string');
        expect(item.content_html.length).toBeGreaterThan(0);
        expect(item.title).toBe(events[i]!.title);
        expect(item.tags).toEqual(events[i]!.categories);
        expect(new Date(item.date_modified).toISOString()).toBe(item.date_modified);
      }
    });
  });

  describe('GET /api/saved/:id/feed.*', () => {
    it('serves both feeds with their media types and 404 for an unknown search', async () => {
      const app = createApiApp(db);
      const atom = await app.request(`http://127.0.0.1:8080/api/saved/${saved.id}/feed.atom`);
      expect(atom.status).toBe(200);
      expect(atom.headers.get('content-type')).toContain('application/atom+xml');
      expect(parseFeed(await atom.text()).items).toHaveLength(events.length);
      const json = await app.request(`http://127.0.0.1:8080/api/saved/${saved.id}/feed.json`);
      expect(json.status).toBe(200);
      expect(json.headers.get('content-type')).toContain('application/feed+json');
      expect(((await json.json()) as { version: string }).version).toBe('https://jsonfeed.org/version/1.1');
      expect((await app.request('/api/saved/999/feed.atom')).status).toBe(404);
    });
  });
});
