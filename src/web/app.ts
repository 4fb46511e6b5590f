import { Hono } from 'hono';
import type { Db } from '../store/db.ts';
import { sqliteSql, type Sql } from '../store/sql.ts';
import { apiRoutes } from './api.ts';
import { assetRoutes } from './assets.ts';
import { contextMiddleware } from './context.ts';
import type { WebEnv } from './env.ts';
import { dashboardPage } from './pages/dashboard.tsx';
import { deadlinePages, icsRoute } from './pages/deadlines.tsx';
import { errorPage } from './pages/errors.tsx';
import { itemPage } from './pages/item.tsx';
import { lawPages } from './pages/laws.tsx';
import { searchPage } from './pages/search.tsx';
import { securityHeaders } from './security.ts';

export interface AppOptions {
  /** The async database handle for new queries; defaults to the SQLite adapter over `db`. */
  sql?: Sql;
  /** Today's date (YYYY-MM-DD) for law version states and upcoming deadlines. */
  today?: () => string;
}

/** The whole web app: the JSON API under /api, the pages, and their assets. */
export function createApp(db: Db, opts: AppOptions = {}): Hono<WebEnv> {
  const sql = opts.sql ?? sqliteSql(db);
  const today = opts.today ?? (() => new Date().toISOString().slice(0, 10));
  const app = new Hono<WebEnv>();
  app.use('*', securityHeaders());
  app.route('/api', apiRoutes(db));
  app.route('/assets', assetRoutes());
  app.use('*', contextMiddleware(sql));
  app.get('/', (c) => c.redirect('/search'));
  app.route('/search', searchPage(db));
  app.route('/items', itemPage(db));
  app.route('/laws', lawPages(db, today));
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
