import { Hono } from 'hono';
import { z } from 'zod';
import { QueryError } from '../../errors.ts';
import type { Sql } from '../../store/sql.ts';
import type { FacetValue } from '../../store/facets.ts';
import { searchFacets } from '../../search/search.ts';
import { hitExtras, runSearch, type CorrectedResult, type HitExtras } from '../data/search.ts';
import type { Lang, WebEnv } from '../env.ts';
import { money } from '../format.ts';
import { t, tOr } from '../i18n.ts';
import { Layout } from '../layout.tsx';
import { filterTokens, searchUrl, withFilter, without, withYear } from '../query-edit.ts';
import { topicLabel } from '../topics.ts';

const PER_PAGE = 20;
const MAX_QUERY = 500;
const params = z.object({
  q: z.string().default(''),
  page: z.coerce.number().int().min(1).max(5000).catch(1),
  facets: z.enum(['all']).optional().catch(undefined),
});

/** The query, or a QueryError (shown like a malformed query) when it is too long. */
function limited(q: string): string {
  if (q.length > MAX_QUERY) throw new QueryError(`a query is at most ${MAX_QUERY} characters, this one has ${q.length}`);
  return q;
}

const FACETS = ['category', 'year', 'region', 'authority', 'law', 'topic'] as const;

/**
 * The search page. Facet counts cost a pass over every match, so above `facetsUpTo` matches the page
 * shows its results at once and the counts follow from /search/facets (or, without JS, from a
 * reload with `facets=all`).
 */
export function searchPage(db: Sql, facetsUpTo: number, window: number): Hono<WebEnv> {
  const app = new Hono<WebEnv>();
  app.get('/facets', async (c) => {
    const { q } = params.parse(c.req.query());
    const lang = c.get('lang');
    try {
      const facets = await searchFacets(db, limited(q), { window });
      return c.html(<>{FACETS.map((f) => <FacetGroup field={f} values={facets[f]} q={q} lang={lang} />)}</>);
    } catch (e) {
      if (!(e instanceof QueryError)) throw e;
      return c.html('', 400);
    }
  });
  app.get('/', async (c) => {
    const { q, page, facets } = params.parse(c.req.query());
    const lang = c.get('lang');
    let result: CorrectedResult | null = null;
    let error: string | null = null;
    try {
      result = await runSearch(db, c.get('sql'), limited(q), page, PER_PAGE, { facetsUpTo: facets === 'all' ? Infinity : facetsUpTo, window });
    } catch (e) {
      if (!(e instanceof QueryError)) throw e;
      error = e.message;
    }
    const extras = result ? await hitExtras(c.get('sql'), result.hits.map((h) => h.item.id)) : new Map<number, HitExtras>();
    const title = q ? `${q} · ${t(lang, 'navSearch')}` : t(lang, 'navSearch');
    return c.html(
      <Layout title={title} lang={lang} user={c.get('user')} csrf={c.get('csrf')} url={c.req.url.replace(/^https?:\/\/[^/]+/, '')}>
        <form class="search" method="get" action="/search" role="search">
          <label for="q">{t(lang, 'searchLabel')}</label>
          <div class="search-row">
            <input id="q" name="q" type="search" value={q} autocomplete="off" placeholder="知网 category:enforcement fine>=1000000" />
            <button type="submit">{t(lang, 'searchButton')}</button>
          </div>
          <p class="help">{t(lang, 'searchHelp')}</p>
        </form>
        {error ? (
          <p class="error" role="alert">
            <strong>{t(lang, 'queryError')}:</strong> {error}
          </p>
        ) : null}
        {result ? <Results q={q} page={page} lang={lang} result={result} extras={extras} /> : null}
      </Layout>,
      error ? 400 : 200,
    );
  });
  return app;
}

function Results(props: { q: string; page: number; lang: Lang; result: CorrectedResult; extras: Map<number, HitExtras> }) {
  const { q, lang, result } = props;
  const active = filterTokens(q);
  const pages = Math.ceil(result.total / PER_PAGE);
  return (
    <div class="results-layout">
      <aside class="facets" aria-label={t(lang, 'filters')}>
        {active.length > 0 ? (
          <section>
            <h2>{t(lang, 'activeFilters')}</h2>
            <ul class="chips">
              {active.map((tok) => (
                <li>
                  <a class="chip" href={searchUrl(without(q, tok))} aria-label={`${t(lang, 'remove')} ${tok}`}>
                    {tok} <span aria-hidden="true">×</span>
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {result.facetsDeferred ? (
          <div class="facets-deferred" aria-busy="true" data-facets-src={`/search/facets?${new URLSearchParams({ q, lang }).toString()}`}>
            <p class="help">
              {t(lang, 'loadingFacets')} <a href={searchUrl(q, { facets: 'all' })}>{t(lang, 'showFacets')}</a>
            </p>
          </div>
        ) : (
          FACETS.map((f) => <FacetGroup field={f} values={result.facets[f]} q={q} lang={lang} />)
        )}
      </aside>
      <section class="results" aria-live="polite">
        <p class="total" id="total">
          <strong>{result.capped ? `${result.total.toLocaleString('en')}+` : result.total}</strong> {t(lang, 'results')}
        </p>
        {result.capped ? <p class="help capped">{t(lang, 'cappedNote').replace('{n}', result.total.toLocaleString('en'))}</p> : null}
        {result.hits.length === 0 ? <p>{t(lang, 'noResults')}</p> : null}
        <ol class="hits">
          {result.hits.map((h) => {
            const extra = props.extras.get(h.item.id);
            return (
              <li class="hit">
                <h3>
                  <a href={`/items/${h.item.id}`}>{h.item.headline}</a>
                </h3>
                <p class="meta">
                  {h.item.listedDate ? <time datetime={h.item.listedDate}>{h.item.listedDate}</time> : null}
                  <span class={`badge cat-${h.item.category}`}>{tOr(lang, `cat_${h.item.category}`, h.item.category)}</span>
                  {h.item.region ? <span class="badge region">{h.item.region}</span> : null}
                  {result.corrected.has(h.item.id) ? <span class="badge corrected">{t(lang, 'corrected')}</span> : null}
                  {extra?.authorities.slice(0, 3).map((a) => <span class="authority">{a}</span>)}
                  {extra?.fines.map((f) => (
                    <span class="badge fine">
                      {t(lang, 'fine')} {money(f.amount, f.currency, lang)}
                    </span>
                  ))}
                </p>
                <p class="snippet">
                  <Snippet text={h.snippet} highlights={h.highlights} />
                </p>
              </li>
            );
          })}
        </ol>
        {pages > 1 ? (
          <nav class="pager" aria-label={t(lang, 'page')}>
            {props.page > 1 ? <a href={searchUrl(q, { page: String(props.page - 1) })} rel="prev">{t(lang, 'prev')}</a> : null}
            <span>
              {props.page} / {pages}
            </span>
            {props.page < pages ? <a href={searchUrl(q, { page: String(props.page + 1) })} rel="next">{t(lang, 'next')}</a> : null}
          </nav>
        ) : null}
      </section>
    </div>
  );
}

function FacetGroup(props: { field: (typeof FACETS)[number]; values: FacetValue[]; q: string; lang: Lang }) {
  if (props.values.length === 0) return null;
  const { field, q, lang } = props;
  const href = (v: string) => searchUrl(field === 'year' ? withYear(q, v) : withFilter(q, field, v));
  return (
    <section class="facet" data-facet={field}>
      <h2>{tOr(lang, `facet_${field}`, field)}</h2>
      <ul>
        {props.values.map((v) => (
          <li>
            <a href={href(v.value)}>
              <span class="label">{field === 'category' ? tOr(lang, `cat_${v.value}`, v.value) : field === 'topic' ? topicLabel(v.value, lang) : v.value}</span>
              <span class="count">{v.count}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Snippet(props: { text: string; highlights: { start: number; end: number }[] }) {
  const parts: unknown[] = [];
  let at = 0;
  for (const h of props.highlights) {
    if (h.start < at) continue;
    parts.push(props.text.slice(at, h.start), <mark>{props.text.slice(h.start, h.end)}</mark>);
    at = h.end;
  }
  parts.push(props.text.slice(at));
  return <>{parts}</>;
}
