import type { Child } from 'hono/jsx';
import type { Lang, User } from './env.ts';
import { t } from './i18n.ts';

export interface LayoutProps {
  title: string;
  lang: Lang;
  user: User | null;
  /** The CSRF token for the sign-out form (login mode). */
  csrf?: string | undefined;
  /** The current path and query, so the language switch keeps the page; defaults to '/'. */
  url?: string;
  /** Loads echarts and the chart code (pages with charts only). */
  charts?: boolean;
  children?: Child;
}

/**
 * The page frame every HTML page uses: skip link, navigation, who is signed in with a sign-out form
 * (or a sign-in link when nobody is), language switch, main content. Without login (loopback) the
 * user is the implicit local admin, who has no account and nothing to sign out of.
 */
export function Layout(props: LayoutProps) {
  const { lang } = props;
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  return (
    <html lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · regwatch`}</title>
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href="/assets/app.css" />
        {props.charts ? <script src="/assets/echarts.min.js" defer></script> : null}
        <script src="/assets/app.js" defer></script>
      </head>
      <body>
        <a class="skip" href="#main">{t(lang, 'skip')}</a>
        <header class="top">
          <a class="brand" href="/">{t(lang, 'brand')}</a>
          <nav aria-label="main">
            <a href="/search">{t(lang, 'navSearch')}</a>
            <a href="/dashboard">{t(lang, 'navDashboard')}</a>
            <a href="/laws">{t(lang, 'navLaws')}</a>
            <a href="/deadlines">{t(lang, 'navDeadlines')}</a>
          </nav>
          <div class="who">
            <Who user={props.user} csrf={props.csrf} url={props.url ?? '/'} lang={lang} />
            <a class="lang" href={withParam(props.url ?? '/', 'lang', other)} lang={other === 'zh' ? 'zh-CN' : 'en'}>
              {t(lang, 'switchLang')}
            </a>
          </div>
        </header>
        <main id="main" tabindex={-1}>
          {props.children}
        </main>
      </body>
    </html>
  );
}

function Who(props: { user: User | null; csrf: string | undefined; url: string; lang: Lang }) {
  const { user, lang } = props;
  if (!user) {
    // The login page itself needs no link back to itself.
    if (props.url.startsWith('/login')) return null;
    return (
      <a class="signin" href={`/login?next=${encodeURIComponent(props.url)}`}>
        {t(lang, 'signIn')}
      </a>
    );
  }
  // Roles are shown as the CLI names them (`user add --role editor`), in either language.
  const who = <span class="user">{`${user.name} (${user.role})`}</span>;
  if (user.id === null) return who;
  return (
    <>
      {who}
      <form class="signout" method="post" action="/logout">
        <input type="hidden" name="_csrf" value={props.csrf ?? ''} />
        <button type="submit">{t(lang, 'signOut')}</button>
      </form>
    </>
  );
}

/** `url` with one query parameter set (others kept). */
export function withParam(url: string, key: string, value: string): string {
  const u = new URL(url, 'http://x');
  u.searchParams.set(key, value);
  return u.pathname + u.search;
}
