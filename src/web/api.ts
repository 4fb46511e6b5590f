import { Hono } from 'hono';
import { renderFeed } from '../alerts/feed.ts';
import { z } from 'zod';
import { NotFoundError, QueryError } from '../errors.ts';
import { applyOverrides, applyOverridesToList, loadOverrides } from '../overrides/apply.ts';
import { search, SEARCH_WINDOW } from '../search/search.ts';
import { eventOf, sourcesOf } from '../store/events.ts';
import { getItem } from '../store/items.ts';
import { listRuns, listSources } from '../store/sources.ts';
import { getSavedSearch } from '../store/saved-searches.ts';
import type { Sql } from '../store/sql.ts';
import { idParam, type WebEnv } from './env.ts';

// The JSON API the web app and other tools use. Handlers validate input and call services; they
// never build SQL. Items come with editors' corrections applied. Errors map to statuses in one
// place (`onError`), without internal details.

const searchParams = z.object({
  q: z.string().max(500).default(''),
  limit: z.coerce.number().int().min(1).max(200).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export function apiRoutes(db: Sql, window: number): Hono<WebEnv> {
  const api = new Hono<WebEnv>();

  api.get('/search', async (c) => {
    const parsed = searchParams.safeParse(c.req.query());
    if (!parsed.success) throw new QueryError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    const { q, limit, offset } = parsed.data;
    const r = await search(db, q, { limit, offset, window });
    const items = await applyOverridesToList(c.get('sql'), r.hits.map((h) => h.item));
    return c.json({
      query: q,
      total: r.total,
      // More items match than `total` says: the most recently stored `total` were ranked and paged.
      capped: r.capped,
      hits: r.hits.map((h, i) => {
        const item = items[i]!;
        return {
          id: item.id,
          title: item.title,
          headline: item.headline,
          date: item.date,
          category: item.category,
          region: item.region,
          document: item.documentSource,
          tags: item.tags,
          corrected: Object.keys(item.corrections),
          snippet: h.snippet,
          highlights: h.highlights,
        };
      }),
      facets: r.facets,
    });
  });

  api.get('/items/:id', async (c) => {
    const id = idParam(c.req.param('id'));
    const raw = id === undefined ? undefined : await getItem(db, id);
    if (!raw) throw new NotFoundError(`no item with id ${c.req.param('id')}`);
    const item = applyOverrides(raw, await loadOverrides(c.get('sql'), raw));
    const event = await eventOf(db, raw.id);
    return c.json({ ...item, eventId: event?.eventId ?? null, sources: event ? await sourcesOf(db, event.eventId) : [] });
  });

  // Feeds of saved searches (Atom 1.0 and JSON Feed 1.1); links point back at this server.
  api.get('/saved/:id/:file{feed\\.(atom|json)}', async (c) => {
    const id = idParam(c.req.param('id'));
    const saved = id === undefined ? undefined : await getSavedSearch(db, id);
    if (!saved) throw new NotFoundError(`no saved search with id ${c.req.param('id')}`);
    const format = c.req.param('file') === 'feed.atom' ? 'atom' : 'json';
    const body = await renderFeed(db, saved, format, { baseUrl: new URL(c.req.url).origin, publisher: 'regwatch' });
    return c.body(body, 200, { 'content-type': format === 'atom' ? 'application/atom+xml; charset=utf-8' : 'application/feed+json; charset=utf-8' });
  });

  // Source health for the scheduler running inside `serve`: when each source last worked, how often
  // it has failed in a row, what its last run found, and whether that looks like a layout change.
  api.get('/sources', async (c) => {
    const sources = [];
    for (const s of await listSources(db)) {
      const last = (await listRuns(db, s.id)).at(-1);
      sources.push({
          id: s.id,
          name: s.name,
          adapter: s.adapter,
          url: s.url,
          enabled: s.enabled,
          intervalMinutes: s.intervalMinutes,
          lastSuccessAt: s.lastSuccessAt,
          lastRunAt: s.lastRunAt,
          nextRunAt: s.nextRunAt,
          errorStreak: s.errorStreak,
          lastRunFound: last ? last.found : null,
          lastRunNew: last ? last.new : null,
          lastError: last?.error ?? null,
          lastWarning: last?.warning ?? null,
          layoutChanged: last?.warning?.includes('probable layout change') ?? false,
      });
    }
    return c.json({ sources });
  });

  api.onError((err, c) => {
    if (err instanceof QueryError) return c.json({ error: err.message }, 400);
    if (err instanceof NotFoundError) return c.json({ error: err.message }, 404);
    return c.json({ error: 'internal error' }, 500);
  });
  return api;
}

/**
 * The JSON API alone, without access control (tests of feeds and sources use it); `createApp` in
 * app.ts serves it behind sessions and CSRF checks with the pages.
 */
export function createApiApp(db: Sql): Hono<WebEnv> {
  const app = new Hono<WebEnv>();
  const sql = db;
  app.use('*', async (c, next) => {
    c.set('sql', sql);
    await next();
  });
  app.route('/api', apiRoutes(db, SEARCH_WINDOW));
  return app;
}
