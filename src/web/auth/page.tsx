import type { Child } from 'hono/jsx';
import type { User } from '../env.ts';

// A minimal page frame for the login and edit pages until the shared Layout from the reading pages is
// merged in. Text goes through JSX, which escapes it; nothing here uses raw HTML.

export interface PageProps {
  title: string;
  user: User | null;
  csrf: string;
  children?: Child;
}

const STYLE = `body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;color:#222}
header{display:flex;gap:1rem;align-items:center;border-bottom:1px solid #ccc;margin-bottom:1rem}
header form{margin-left:auto}label{display:block;margin:.6rem 0 .2rem;font-weight:600}
input[type=text],input[type=password],select,textarea{width:100%;box-sizing:border-box;padding:.3rem}
.corrected{background:#fff3c4;border-radius:.2rem;padding:0 .3rem;font-size:.8rem;font-weight:400}
.error{color:#a00}.history td,.history th{border-bottom:1px solid #ddd;padding:.2rem .4rem;vertical-align:top;text-align:left}`;

export function Page({ title, user, csrf, children }: PageProps) {
  return (
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · regwatch`}</title>
        <style>{STYLE}</style>
      </head>
      <body>
        <header>
          <a href="/">regwatch</a>
          {user && (
            <span>
              {user.name} ({user.role})
            </span>
          )}
          {user && user.id !== null && (
            <form method="post" action="/logout">
              <input type="hidden" name="_csrf" value={csrf} />
              <button type="submit">退出 Sign out</button>
            </form>
          )}
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}

export function MessagePage(props: { title: string; message: string; user: User | null; csrf: string }) {
  return (
    <Page title={props.title} user={props.user} csrf={props.csrf}>
      <h1>{props.title}</h1>
      <p>{props.message}</p>
    </Page>
  );
}
