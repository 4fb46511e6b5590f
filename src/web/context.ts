import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { Sql } from '../store/sql.ts';
import type { Lang, WebEnv } from './env.ts';

// Stand-in for the auth branch's middleware until it is merged: every request is the implicit local
// admin of a loopback-only server, without sessions or CSRF. Only the language is real: `?lang=`
// switches it and remembers the choice in a cookie. The lead replaces this file at merge.

export function contextMiddleware(sql: Sql): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    c.set('sql', sql);
    c.set('user', { id: null, name: 'local', role: 'admin' });
    c.set('csrf', '');
    const asked = c.req.query('lang');
    if (isLang(asked)) setCookie(c, 'lang', asked, { path: '/', sameSite: 'Lax', maxAge: 365 * 86400 });
    const cookie = getCookie(c, 'lang');
    c.set('lang', isLang(asked) ? asked : isLang(cookie) ? cookie : 'zh');
    await next();
  };
}

function isLang(v: string | undefined): v is Lang {
  return v === 'zh' || v === 'en';
}
