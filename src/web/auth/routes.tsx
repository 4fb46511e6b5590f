import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { deleteExpiredSessions } from '../../store/users.ts';
import type { WebEnv } from '../env.ts';
import { checkPassword } from './accounts.ts';
import { t } from '../i18n.ts';
import { clientAddress, cookieNames, cookieOptions, inLangs, refuse, type AccessOptions } from './middleware.tsx';
import { Layout } from '../layout.tsx';
import { frameOf } from './page.tsx';
import { endSession, startSession } from './sessions.ts';
import { LoginThrottle } from './throttle.ts';

const loginForm = z.object({
  name: z.string().max(200).default(''),
  password: z.string().max(2000).default(''),
  next: z.string().max(2000).optional(),
});

/**
 * Only a path on this site: never `//host`, `/\host` or `/<tab>/host`, which browsers treat as another
 * site. `next` is resolved the way a browser would (tabs and newlines dropped, \ read as /) and only
 * its path, query and fragment are kept.
 */
export function safeNext(next: string | undefined): string {
  const base = 'http://regwatch.invalid';
  if (!next?.startsWith('/')) return '/';
  let url: URL;
  try {
    url = new URL(next, base);
  } catch {
    return '/';
  }
  if (url.origin !== base || url.pathname.startsWith('/login')) return '/';
  return url.pathname + url.search + url.hash;
}

/** GET/POST /login and POST /logout. */
export function authRoutes(opts: AccessOptions & { throttle?: LoginThrottle }): Hono<WebEnv> {
  const app = new Hono<WebEnv>();
  const names = cookieNames(opts);
  const throttle = opts.throttle ?? new LoginThrottle();

  app.get('/login', (c) => {
    const next = safeNext(c.req.query('next'));
    if (opts.mode === 'open' || c.get('user')) return c.redirect(next, 302);
    return c.html(<LoginPage c={c} next={next} />);
  });

  app.post('/login', async (c) => {
    if (opts.mode === 'open') return c.redirect('/', 303);
    const parsed = loginForm.safeParse(await c.req.parseBody());
    const form = parsed.success ? parsed.data : { name: '', password: '', next: undefined };
    const next = safeNext(form.next);
    const ip = clientAddress(c);
    const wait = throttle.retryAfter(form.name, ip);
    if (wait > 0) {
      c.header('Retry-After', String(Math.ceil(wait / 1000)));
      return refuse(c, 429, inLangs('signInThrottled', { n: Math.ceil(wait / 60_000) }));
    }
    const user = await checkPassword(c.get('sql'), form.name, form.password);
    if (!user) {
      throttle.fail(form.name, ip);
      return c.html(<LoginPage c={c} next={next} name={form.name} error={t(c.get('lang') ?? 'zh', 'signInWrong')} />, 401);
    }
    throttle.succeed(form.name, ip);
    // A fresh token on every sign-in: a session id planted before login is never promoted.
    const old = getCookie(c, names.session);
    if (old) await endSession(c.get('sql'), old);
    // Sign-ins are rare enough to sweep expired sessions here instead of running a timer.
    await deleteExpiredSessions(c.get('sql'), opts.now?.() ?? new Date());
    const { token } = await startSession(c.get('sql'), user, opts.sessionTtlMs, opts.now?.());
    setCookie(c, names.session, token, cookieOptions(c, opts));
    return c.redirect(next, 303);
  });

  app.post('/logout', async (c) => {
    const token = getCookie(c, names.session);
    if (token) await endSession(c.get('sql'), token);
    deleteCookie(c, names.session, cookieOptions(c, opts));
    return c.redirect(opts.mode === 'open' ? '/' : '/login', 303);
  });

  return app;
}

function LoginPage(props: { c: Context<WebEnv>; next: string; name?: string; error?: string }) {
  const csrf = props.c.get('csrf');
  const frame = frameOf(props.c);
  const { lang } = frame;
  return (
    <Layout title={t(lang, 'signIn')} {...frame} user={null}>
      <h1>{t(lang, 'signIn')}</h1>
      {props.error && <p class="error" role="alert">{props.error}</p>}
      <form class="account" method="post" action="/login">
        <input type="hidden" name="_csrf" value={csrf} />
        <input type="hidden" name="next" value={props.next} />
        <label for="name">{t(lang, 'signInName')}</label>
        <input type="text" id="name" name="name" value={props.name ?? ''} autocomplete="username" required autofocus />
        <label for="password">{t(lang, 'signInPassword')}</label>
        <input type="password" id="password" name="password" autocomplete="current-password" required />
        <p>
          <button type="submit">{t(lang, 'signIn')}</button>
        </p>
      </form>
    </Layout>
  );
}
