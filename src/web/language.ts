import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { Lang, WebEnv } from './env.ts';

/** Sets `lang`: `?lang=` switches the interface language and a cookie remembers the choice. */
export function languageMiddleware(): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
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
