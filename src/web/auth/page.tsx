import type { Context } from 'hono';
import type { WebEnv } from '../env.ts';
import { Layout } from '../layout.tsx';

// Pages of the access layer (refusals) in the shared layout. Text goes through JSX, which escapes
// it; nothing here uses raw HTML.

/** The layout's props from the request: language, user, CSRF token and the current URL. */
export type Frame = ReturnType<typeof frameOf>;

export function frameOf(c: Context<WebEnv>) {
  const url = new URL(c.req.url);
  return { lang: c.get('lang') ?? 'zh', user: c.get('user') ?? null, csrf: c.get('csrf'), url: url.pathname + url.search };
}

export function MessagePage(props: { c: Context<WebEnv>; title: string; message: string }) {
  return (
    <Layout title={props.title} {...frameOf(props.c)}>
      <h1>{props.title}</h1>
      <p>{props.message}</p>
    </Layout>
  );
}
