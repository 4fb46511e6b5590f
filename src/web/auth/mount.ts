import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { Sql } from '../../store/sql.ts';
import type { WebEnv } from '../env.ts';
import { editRoutes } from '../edit/routes.tsx';
import type { AccessOptions } from './middleware.tsx';
import { sessionMiddleware } from './middleware.tsx';
import { authRoutes } from './routes.tsx';
import type { LoginThrottle } from './throttle.ts';

/**
 * An app with access control in front: the database handle, security headers (no framing, so a
 * form cannot be clickjacked), sessions and CSRF checks, then the login and edit pages. Routes added
 * to the returned app afterwards (the reading pages, the JSON API) sit behind the same checks.
 */
export function accessApp(sql: Sql, opts: AccessOptions & { throttle?: LoginThrottle }): Hono<WebEnv> {
  const app = new Hono<WebEnv>();
  app.use('*', async (c, next) => {
    c.set('sql', sql);
    await next();
  });
  // Referrer-Policy same-origin, not the default no-referrer: under no-referrer Chromium sends
  // "Origin: null" on form posts, which the same-origin check must refuse. Other sites still get
  // no Referer, so item URLs do not leak.
  app.use('*', secureHeaders({ referrerPolicy: 'same-origin' }));
  app.use('*', sessionMiddleware(opts));
  app.route('/', authRoutes(opts));
  app.route('/', editRoutes());
  return app;
}
