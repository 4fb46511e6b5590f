import type { Hono } from 'hono';
import type { WebEnv } from '../env.ts';
import { editRoutes } from '../edit/routes.tsx';
import { sessionMiddleware, type AccessOptions } from './middleware.tsx';
import { authRoutes } from './routes.tsx';
import type { LoginThrottle } from './throttle.ts';

export type AccessConfig = AccessOptions & { throttle?: LoginThrottle };

/**
 * Puts access control on `app`: sessions and CSRF checks for everything added after it, then the
 * login and edit pages. The app must already set `sql` (and `lang`, for the pages' language).
 */
export function mountAccess(app: Hono<WebEnv>, opts: AccessConfig): void {
  app.use('*', sessionMiddleware(opts));
  app.route('/', authRoutes(opts));
  app.route('/', editRoutes());
}
