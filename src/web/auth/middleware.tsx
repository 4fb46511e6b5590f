import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { isLoopback } from './bind.ts';
import { hasRole, type Lang, type Role, type User, type WebEnv } from '../env.ts';
import { t, type MessageKey } from '../i18n.ts';
import { FEED_PATHS, feedTokenUser } from './feed-tokens.ts';
import { MessagePage } from './page.tsx';
import { randomToken, resumeSession, sameToken } from './sessions.ts';

export interface AccessOptions {
  /** 'open': bound to loopback, no login, everyone is the local admin. 'login': accounts and sessions. */
  mode: 'open' | 'login';
  /** Idle lifetime of a session (sliding). */
  sessionTtlMs: number;
  /** Always mark cookies Secure and give them the __Host- prefix (the app sits behind HTTPS). */
  secureCookies: boolean;
  /** Paths reachable without signing in, in login mode. */
  publicPaths?: string[];
  now?: () => Date;
}

/** On a loopback-only server without accounts, whoever can reach it is the machine's own user. */
export const LOCAL_ADMIN: User = { id: null, name: 'local', role: 'admin' };

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function cookieNames(opts: Pick<AccessOptions, 'secureCookies'>): { session: string; csrf: string } {
  // __Host- cookies are only accepted over HTTPS for the exact host and path /, so a sibling
  // subdomain or a plain-HTTP man in the middle cannot plant or overwrite them.
  const prefix = opts.secureCookies ? '__Host-' : '';
  return { session: `${prefix}regwatch_session`, csrf: `${prefix}regwatch_csrf` };
}

export function cookieOptions(c: Context, opts: Pick<AccessOptions, 'secureCookies'>) {
  const secure = opts.secureCookies || new URL(c.req.url).protocol === 'https:';
  return { httpOnly: true, sameSite: 'Lax', path: '/', secure } as const;
}

/**
 * Sets `user` and `csrf` for every request. In login mode the user comes from the session cookie and
 * requests without one are sent to the login page (API requests get 401). Every POST/PUT/PATCH/DELETE,
 * in both modes, must come from this site (Origin, else Referer) and carry the CSRF token of the
 * session, or of the pre-session cookie before signing in, as `_csrf` or `x-csrf-token`; else 403.
 */
export function sessionMiddleware(opts: AccessOptions) {
  const names = cookieNames(opts);
  const publicPaths = new Set(opts.publicPaths ?? ['/login']);
  return createMiddleware<WebEnv>(async (c, next) => {
    // Without login the only guard is that just this machine can connect. A web page whose host name
    // is re-pointed at 127.0.0.1 (DNS rebinding) would otherwise be "same origin" with this server and
    // could read the CSRF token; its requests still name the page's host, so refuse any non-loopback Host.
    if (opts.mode === 'open' && !isLoopback(new URL(c.req.url).hostname)) {
      return c.text('This server runs without login and only answers to loopback names: open it as http://127.0.0.1:<port>/.', 403);
    }
    const now = opts.now?.() ?? new Date();
    let user: User | null = opts.mode === 'open' ? LOCAL_ADMIN : null;
    let csrf: string | undefined;
    if (opts.mode === 'login') {
      const token = getCookie(c, names.session);
      const live = token ? await resumeSession(c.get('sql'), token, opts.sessionTtlMs, now) : null;
      if (live) ({ user, csrf } = live);
      // Feed readers and calendar apps: a personal token in the URL, on the feed paths and GET only.
      const feedToken = c.req.query('token');
      if (!user && feedToken && c.req.method === 'GET' && FEED_PATHS.some((p) => p.test(c.req.path))) {
        user = await feedTokenUser(c.get('sql'), feedToken);
      }
    }
    if (csrf === undefined) {
      const cookie = getCookie(c, names.csrf);
      csrf = cookie && /^[\w-]{43}$/.test(cookie) ? cookie : randomToken();
      if (csrf !== cookie) setCookie(c, names.csrf, csrf, cookieOptions(c, opts));
    }
    c.set('user', user);
    c.set('csrf', csrf);

    if (UNSAFE.has(c.req.method)) {
      if (!sameOrigin(c)) return refuse(c, 403, inLangs('crossSite'));
      const sent = await sentToken(c);
      if (!sent || !sameToken(sent, csrf)) return refuse(c, 403, inLangs('csrfWrong'));
    }
    if (opts.mode === 'login' && !user && !publicPaths.has(c.req.path)) {
      if (wantsJson(c)) return c.json({ error: 'sign in required' }, 401);
      const url = new URL(c.req.url);
      return c.redirect(`/login?next=${encodeURIComponent(url.pathname + url.search)}`, 302);
    }
    await next();
  });
}

/** Lets through users with at least `role`; others get 403 (a page, or JSON for the API). */
export function requireRole(role: Role) {
  return createMiddleware<WebEnv>(async (c, next) => {
    if (!hasRole(c.get('user'), role)) return refuse(c, 403, inLangs('needsRole', { role }));
    await next();
  });
}

/** A message in both interface languages, with `{name}` placeholders filled. */
export type Message = Record<Lang, string>;

export function inLangs(key: MessageKey, params: Record<string, string | number> = {}): Message {
  const fill = (lang: Lang) => t(lang, key).replace(/\{(\w+)\}/g, (m, name: string) => String(params[name] ?? m));
  return { zh: fill('zh'), en: fill('en') };
}

/**
 * A refusal: JSON for the API (English, as API clients read it), else a page in the interface
 * language. A plain string message is shown as it is in both.
 */
export function refuse(c: Context<WebEnv>, status: 401 | 403 | 404 | 429, message: string | Message) {
  const lang = c.get('lang') ?? 'zh';
  if (wantsJson(c)) return c.json({ error: typeof message === 'string' ? message : message.en }, status);
  const title = t(lang, ({ 401: 'signInRequired', 403: 'forbidden', 404: 'notFound', 429: 'tooManyAttempts' } as const)[status]);
  return c.html(<MessagePage c={c} title={title} message={typeof message === 'string' ? message : message[lang]} />, status);
}

export function wantsJson(c: Context): boolean {
  if (c.req.path.startsWith('/api/')) return true;
  const accept = c.req.header('accept') ?? '';
  return accept.includes('application/json') && !accept.includes('text/html');
}

// Browsers send Origin on every cross-site and same-site POST; Referer covers the few that send
// "null" or none. Without either the request is not from a page of this site. Hosts are compared,
// not schemes, so the check holds behind a TLS-terminating proxy that forwards plain HTTP.
function sameOrigin(c: Context): boolean {
  const origin = c.req.header('origin');
  const claimed = origin && origin !== 'null' ? origin : c.req.header('referer');
  if (!claimed) return false;
  try {
    return new URL(claimed).host === new URL(c.req.url).host;
  } catch {
    return false;
  }
}

async function sentToken(c: Context): Promise<string | undefined> {
  const header = c.req.header('x-csrf-token');
  if (header) return header;
  const type = c.req.header('content-type') ?? '';
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type)) return undefined;
  // parseBody caches the result, so the route handler reads the same body again.
  const body = await c.req.parseBody();
  const v = body._csrf;
  return typeof v === 'string' ? v : undefined;
}

/** The client's address for throttling (the socket peer; 'unknown' in in-process tests). */
export function clientAddress(c: Context): string {
  const env = c.env as { incoming?: IncomingMessage } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}
