import { SEARCH_WINDOW } from '../search/search.ts';
import { Hono } from 'hono';
import type { Sql } from '../store/sql.ts';
import { apiRoutes } from './api.ts';
import { assetRoutes } from './assets.ts';
import { mountAccess, type AccessConfig } from './auth/mount.ts';
import type { WebEnv } from './env.ts';
import { languageMiddleware } from './language.ts';
import { dashboardPage } from './pages/dashboard.tsx';
import { deadlinePages, icsRoute } from './pages/deadlines.tsx';
import { errorPage } from './pages/errors.tsx';
import { itemPage } from './pages/item.tsx';
import { lawPages } from './pages/laws.tsx';
import { searchPage } from './pages/search.tsx';
import { securityHeaders } from './security.ts';

export interface AppOptions {
  /** Today's date (YYYY-MM-DD) for law version states and upcoming deadlines. */
  today?: () => string;
  /**
   * Search pages count facets inline up to this many matches (default 1,000); above it they show
   * the results first and fetch the counts from /search/facets.
   */
  facetsInlineUpTo?: number;
  /** Matches a search page or /api/search ranks, pages and counts at most (default SEARCH_WINDOW). */
  searchWindow?: number;
  /**
   * Who may use the app: 'open' (the default; loopback only, everyone is the local admin) or
   * 'login' (accounts and sessions), with session lifetime and cookie settings.
   */
  access?: Partial<AccessConfig>;
}

const DEFAULT_ACCESS: AccessConfig = { mode: 'open', sessionTtlMs: 12 * 3600_000, secureCookies: false };

/**
 * The whole web app: assets, then access control (sessions, CSRF, login, edit pages), then the JSON
 * API under /api and the reading pages, which all sit behind the same checks. Assets come first so
 * the login page is styled before anyone has signed in.
 */
export function createApp(sql: Sql, opts: AppOptions = {}): Hono<WebEnv> {
  const today = opts.today ?? (() => new Date().toISOString().slice(0, 10));
  const app = new Hono<WebEnv>();
  app.use('*', async (c, next) => {
    c.set('sql', sql);
    await next();
  });
  app.use('*', securityHeaders());
  app.route('/assets', assetRoutes());
  app.use('*', languageMiddleware());
  mountAccess(app, { ...DEFAULT_ACCESS, ...opts.access });
  app.route('/api', apiRoutes(sql, opts.searchWindow ?? SEARCH_WINDOW));
  app.get('/', (c) => c.redirect('/search'));
  app.route('/search', searchPage(sql, opts.facetsInlineUpTo ?? 1_000, opts.searchWindow ?? SEARCH_WINDOW));
  app.route('/items', itemPage(sql));
  app.route('/laws', lawPages(sql, today));
  app.route('/dashboard', dashboardPage());
  app.route('/deadlines', deadlinePages(today));
  app.route('/deadlines.ics', icsRoute());
  app.notFound((c) => (c.req.path.startsWith('/api/') ? c.json({ error: 'not found' }, 404) : errorPage(c, 404)));
  app.onError((err, c) => {
    console.error(err);
    return errorPage(c, 500);
  });
  return app;
}
