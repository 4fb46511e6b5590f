import type { Context } from 'hono';
import type { WebEnv } from '../env.ts';
import { t } from '../i18n.ts';
import { Layout } from '../layout.tsx';

export function notFound(c: Context<WebEnv>, message: string) {
  const lang = c.get('lang');
  return c.html(
    <Layout title={t(lang, 'notFound')} lang={lang} user={c.get('user')} csrf={c.get('csrf')} url={c.req.path}>
      <h1>{t(lang, 'notFound')}</h1>
      <p>{message}</p>
    </Layout>,
    404,
  );
}

/** A page for unknown paths and internal errors, without internal details. */
export function errorPage(c: Context<WebEnv>, status: 404 | 500) {
  const lang = c.get('lang') ?? 'zh';
  const title = t(lang, status === 404 ? 'notFound' : 'error');
  return c.html(
    <Layout title={title} lang={lang} user={c.get('user') ?? null} csrf={c.get('csrf')} url={c.req.path}>
      <h1>{title}</h1>
      <p>
        <a href="/search">{t(lang, 'navSearch')}</a>
      </p>
    </Layout>,
    status,
  );
}
