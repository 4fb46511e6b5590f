import { Hono } from 'hono';
import { parseArticleRef } from '../../laws/names.ts';
import type { LawListing } from '../../laws/query.ts';
import type { Sql } from '../../store/sql.ts';
import { Chart } from '../components/chart.tsx';
import { articleKey, articleOf, articlesOf, allLaws, chosenVersion, citationCounts, citingItems, finesOf, lawById } from '../data/laws.ts';
import { perYear, summariseFines } from '../data/stats.ts';
import type { Lang, WebEnv } from '../env.ts';
import { money } from '../format.ts';
import { t, tOr } from '../i18n.ts';
import { Layout } from '../layout.tsx';
import { notFound } from './errors.tsx';
import { quoteValue } from '../data/dashboard.ts';
import { searchUrl } from '../query-edit.ts';

/** Citing items listed on an article page; the chart and the fines cover all of them. */
const CITING_SHOWN = 100;

export function lawPages(db: Sql, today: () => string): Hono<WebEnv> {
  const app = new Hono<WebEnv>();

  app.get('/', async (c) => {
    const lang = c.get('lang');
    const laws = await allLaws(db, today());
    return c.html(
      <Layout title={t(lang, 'laws')} lang={lang} user={c.get('user')} csrf={c.get('csrf')} url={c.req.path}>
        <h1>{t(lang, 'laws')}</h1>
        <ul class="law-list">
          {laws.map((l) => {
            const withText = l.versions.filter((v) => v.hasText);
            return (
              <li>
                <a href={`/laws/${encodeURIComponent(l.id)}`}>{l.title}</a>
                <span class="small">
                  {' '}
                  · {l.level} · {l.issuer} · {withText.length > 0 ? `${withText.at(-1)!.articleCount} ${t(lang, 'articles')}` : t(lang, 'noText')}
                </span>
              </li>
            );
          })}
        </ul>
      </Layout>,
    );
  });

  app.get('/:id', async (c) => {
    const lang = c.get('lang');
    const law = await lawById(db, c.req.param('id'), today());
    if (!law) return notFound(c, `no law with id ${c.req.param('id')}`);
    const unknown = unknownVersion(law, c.req.query('version'));
    if (unknown) return notFound(c, unknown);
    const chosen = await chosenVersion(law, c.req.query('version'));
    const articles = chosen ? await articlesOf(db, chosen.version.id) : [];
    const counts = await citationCounts(c.get('sql'), law.id);
    const q = chosen ? `?version=${encodeURIComponent(chosen.version.id)}` : '';
    return c.html(
      <Layout title={law.shortTitle} lang={lang} user={c.get('user')} csrf={c.get('csrf')} url={c.req.url.replace(/^https?:\/\/[^/]+/, '')}>
        <h1>{law.title}</h1>
        <Versions law={law} current={chosen?.version.id ?? null} lang={lang} />
        {chosen?.note ? <p class="note">{chosen.note}</p> : null}
        {!chosen ? <p class="note">{t(lang, 'noText')}</p> : null}
        <ol class="articles">
          {articles.map((a) => {
            const key = articleKey(a.number, a.suffix);
            const n = counts.get(key);
            return (
              <li>
                <a href={`/laws/${encodeURIComponent(law.id)}/articles/${key}${q}`}>{a.label}</a>
                {n ? <span class="badge cites">{n}</span> : null}
                <span class="small excerpt"> {(a.paragraphs[0] ?? '').slice(0, 60)}</span>
              </li>
            );
          })}
        </ol>
      </Layout>,
    );
  });

  app.get('/:id/articles/:ref', async (c) => {
    const lang = c.get('lang');
    const law = await lawById(db, c.req.param('id'), today());
    const ref = parseArticleRef(c.req.param('ref'));
    if (!law || !ref) return notFound(c, `no article ${c.req.param('ref')} of ${c.req.param('id')}`);
    const sql = c.get('sql');
    const unknown = unknownVersion(law, c.req.query('version'));
    if (unknown) return notFound(c, unknown);
    const chosen = await chosenVersion(law, c.req.query('version'));
    const article = chosen?.version.hasText ? await articleOf(db, chosen.version.id, ref.number, ref.suffix) : undefined;
    const citing = await citingItems(sql, law.id, ref.number, ref.suffix);
    const fines = summariseFines(await finesOf(sql, citing.map((i) => i.itemId)));
    const years = perYear(citing.map((i) => i.date));
    const key = articleKey(ref.number, ref.suffix);
    const label = article?.label ?? `${law.shortTitle} ${key}`;
    return c.html(
      <Layout title={`${law.shortTitle} ${label}`} lang={lang} user={c.get('user')} csrf={c.get('csrf')} url={c.req.url.replace(/^https?:\/\/[^/]+/, '')} charts={years.length > 0}>
        <p class="crumbs">
          <a href="/laws">{t(lang, 'laws')}</a> › <a href={`/laws/${encodeURIComponent(law.id)}`}>{law.shortTitle}</a>
        </p>
        <h1>
          {law.shortTitle} {label}
        </h1>
        <Versions law={law} current={chosen?.version.id ?? null} lang={lang} article={key} />
        {chosen?.note ? <p class="note">{chosen.note}</p> : null}
        {article ? (
          <section class="article-text" id="article-text">
            {article.chapter.length > 0 ? <p class="small">{article.chapter.join(' › ')}</p> : null}
            {article.paragraphs.map((p) => (
              <p>{p}</p>
            ))}
          </section>
        ) : (
          <p class="note">
            {chosen ? `${chosen.version.id}: ` : ''}
            {t(lang, 'noText')}
          </p>
        )}
        <div class="article-stats">
          {years.length > 0 ? (
            <Chart id="chart-citations" small title={t(lang, 'citationsOverTime')} spec={{ kind: 'series', name: t(lang, 'count'), labels: years.map((y) => y.year), values: years.map((y) => y.count) }} />
          ) : null}
          {fines.length > 0 ? (
            <section class="fines">
              <h2>{t(lang, 'finesUnder')}</h2>
              <table>
                <thead>
                  <tr>
                    <th scope="col"></th>
                    <th scope="col">{t(lang, 'count')}</th>
                    <th scope="col">{t(lang, 'min')}</th>
                    <th scope="col">{t(lang, 'median')}</th>
                    <th scope="col">{t(lang, 'max')}</th>
                  </tr>
                </thead>
                <tbody>
                  {fines.map((f) => (
                    <tr>
                      <th scope="row">{f.currency}</th>
                      <td>{f.count}</td>
                      <td>{money(f.min, f.currency, lang)}</td>
                      <td>{money(f.median, f.currency, lang)}</td>
                      <td>{money(f.max, f.currency, lang)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ) : null}
        </div>
        <section class="citing">
          <h2>
            {t(lang, 'citedBy')} ({citing.length})
          </h2>
          {citing.length === 0 ? <p>{t(lang, 'noCitations')}</p> : null}
          <ol>
            {citing.slice(0, CITING_SHOWN).map((i) => (
              <li>
                <a href={`/items/${i.itemId}`}>{i.headline}</a>
                {i.date ? <span class="small"> · {i.date}</span> : null}
                {i.surface ? <span class="small"> · {i.surface}</span> : null}
                {i.versionId ? <span class="small"> · {i.versionId}</span> : null}
                {i.note || i.linkStatus !== 'linked' ? (
                  <p class="link-note" data-status={i.linkStatus ?? ''}>
                    ⚠ {i.note ?? i.linkStatus}
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
          {citing.length > CITING_SHOWN ? (
            <p>
              <a href={searchUrl(`law:${quoteValue(law.shortTitle)} article:${ref.number}`)}>
                {t(lang, 'allCiting')} ({citing.length})
              </a>
            </p>
          ) : null}
        </section>
      </Layout>,
    );
  });
  return app;
}

/** Why `?version=` names no version of this law (a 404, not a page that says no text is imported), or null. */
function unknownVersion(law: LawListing, version: string | undefined): string | null {
  if (version === undefined || law.versions.some((v) => v.id === version)) return null;
  return `${law.shortTitle} has no version ${version}; it has ${law.versions.map((v) => v.id).join(', ')}`;
}

function Versions(props: { law: LawListing; current: string | null; lang: Lang; article?: string }) {
  const base = `/laws/${encodeURIComponent(props.law.id)}${props.article ? `/articles/${props.article}` : ''}`;
  return (
    <nav class="versions" aria-label={t(props.lang, 'versions')}>
      <span>{t(props.lang, 'versions')}:</span>
      {props.law.versions.map((v) => {
        const label = `${v.id} (${tOr(props.lang, `state_${v.state}`, v.state)}${v.hasText ? '' : `, ${t(props.lang, 'noText')}`})`;
        return v.id === props.current ? (
          <strong aria-current="page">{label}</strong>
        ) : v.hasText ? (
          <a href={`${base}?version=${encodeURIComponent(v.id)}`}>{label}</a>
        ) : (
          <span class="small">{label}</span>
        );
      })}
    </nav>
  );
}
