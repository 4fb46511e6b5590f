import { Hono } from 'hono';
import type { Sql } from '../../store/sql.ts';
import type { StoredValue } from '../../store/items.ts';
import { Marked, markupMarks, valueMarks } from '../components/marked.tsx';
import { articleKey } from '../data/laws.ts';
import { loadItem, type ItemView, type RelatedItem } from '../data/items.ts';
import { hasRole, idParam, type Lang, type WebEnv } from '../env.ts';
import { money } from '../format.ts';
import { t, tOr, type MessageKey } from '../i18n.ts';
import { Layout } from '../layout.tsx';
import { notFound } from './errors.tsx';
import { topicLabel } from '../topics.ts';

export function itemPage(db: Sql): Hono<WebEnv> {
  const app = new Hono<WebEnv>();
  app.get('/:id{[0-9]+}', async (c) => {
    const lang = c.get('lang');
    const id = idParam(c.req.param('id'));
    const view = id === undefined ? undefined : await loadItem(db, c.get('sql'), id);
    if (!view) return notFound(c, `no item with id ${c.req.param('id')}`);
    const { item } = view;
    const user = c.get('user');
    return c.html(
      <Layout title={item.headline} lang={lang} user={user} csrf={c.get('csrf')} url={c.req.path}>
        <article class="item">
          <header class="item-head">
            {item.sectionPath.length > 0 ? (
              <p class="section">
                {t(lang, 'section')}: {item.sectionPath.join(' › ')}
              </p>
            ) : null}
            <h1>
              {item.headline}
              {corrected(view, 'title', lang)}
            </h1>
            {item.titleEn ? <p class="title-en" lang="en">{item.titleEn}</p> : null}
            <p class="meta">
              {item.listedDate ? <time datetime={item.listedDate}>{item.listedDate}</time> : null}
              <span class={`badge cat-${item.category}`}>{tOr(lang, `cat_${item.category}`, item.category)}</span>
              {corrected(view, 'category', lang)}
              {item.region ? <span class="badge region">{item.region}</span> : null}
              {hasRole(user, 'editor') ? (
                <a class="edit" href={`/items/${item.id}/edit`}>
                  {t(lang, 'edit')}
                </a>
              ) : null}
            </p>
          </header>
          <div class="item-layout">
            <section class="item-text" aria-label={t(lang, 'text')}>
              <Marked id="item-text" text={view.text} marks={[...valueMarks(item.values, view.textStart, view.text.length), ...markupMarks(view.text)]} />
              {item.bodyEn && !view.text.includes(item.bodyEn.slice(0, 40)) ? (
                <div class="text" lang="en">
                  <h2>{t(lang, 'english')}</h2>
                  {item.bodyEn}
                </div>
              ) : null}
              {item.commentary ? (
                <aside class="commentary">
                  <h2>
                    {t(lang, 'commentary')} {corrected(view, 'commentary', lang)}
                  </h2>
                  <p>{item.commentary}</p>
                </aside>
              ) : null}
            </section>
            <aside class="item-values" aria-label={t(lang, 'extracted')}>
              <h2>{t(lang, 'extracted')}</h2>
              <Values view={view} lang={lang} />
            </aside>
          </div>
          <Sources view={view} lang={lang} />
          <Related view={view} lang={lang} />
        </article>
      </Layout>,
    );
  });
  return app;
}

/** The "corrected" badge of a field: who corrected it last, and when (minutes, UTC). */
function corrected(view: ItemView, field: string, lang: Lang) {
  const c = view.corrections.find((x) => x.field === field);
  return c ? (
    <span class="badge corrected" data-corrected={field} title={c.at}>
      {t(lang, 'corrected')} · {c.by} · {c.at.slice(0, 16).replace('T', ' ')}
    </span>
  ) : null;
}

function Values(props: { view: ItemView; lang: Lang }) {
  const { view, lang } = props;
  const of = (field: string) => view.item.values.filter((v) => v.field === field);
  const row = (key: MessageKey, field: string, items: unknown[]) =>
    items.length === 0 ? null : (
      <>
        <dt>
          {t(lang, key)} {corrected(view, field, lang)}
        </dt>
        {items.map((x) => (
          <dd data-field={field}>{x}</dd>
        ))}
      </>
    );
  return (
    <dl class="values">
      {row('date', 'date', view.item.listedDate ? [view.item.listedDate] : [])}
      {row(
        'authorities',
        'authority',
        view.authorities.map((a) => (
          <>
            <a href={`/search?q=${encodeURIComponent(`authority:${a.name}`)}`}>{a.name}</a>
            {a.level ? <span class="small"> · {tOr(lang, `level_${a.level}`, a.level)}</span> : null}
            {a.en ? <span class="small en" lang="en"> · {a.en}</span> : null}
            {a.forms.some((f) => f !== a.name && f !== a.en) ? <span class="small forms"> ({a.forms.filter((f) => f !== a.name && f !== a.en).join(', ')})</span> : null}
          </>
        )),
      )}
      {row(
        'instruments',
        'instrument',
        dedupe(of('instrument')).map((v) => (
          <>
            {typeof v.data.lawId === 'string' ? <a href={`/laws/${encodeURIComponent(v.data.lawId)}`}>《{v.value}》</a> : <span>《{v.value}》</span>}
            {typeof v.data.status === 'string' ? <span class="badge status"> {tOr(lang, `status_${v.data.status}`, v.data.status)}</span> : null}
          </>
        )),
      )}
      {row('citations', 'citation', dedupe(of('citation')).map((v) => <Citation v={v} lang={lang} />))}
      {row(
        'penalties',
        'penalty',
        of('penalty').map((v) => (
          <span class="fine">
            {/* An editor's penalty not written as "amount CUR" has no amount: show it as typed. */}
            {typeof v.data.amount === 'number' ? money(v.data.amount, String(v.data.currency ?? 'CNY'), lang) : v.value}
            {typeof v.data.kind === 'string' ? <span class="small"> · {tOr(lang, `penalty_${v.data.kind}`, v.data.kind)}</span> : null}
            {typeof v.data.target === 'string' ? <span class="small"> · {v.data.target}</span> : null}
          </span>
        )),
      )}
      {row('actions', 'action', dedupe(of('action')).map((v) => v.value))}
      {row('region', 'region', view.item.region ? [view.item.region] : [])}
      {row('deadline', 'deadline', deadlines(view))}
      {row('effective', 'effective', dedupe(of('effective')).map((v) => v.value))}
      {row(
        'topics',
        'topic',
        dedupe(of('topic')).map((v) => <a href={`/search?q=${encodeURIComponent(`topic:${v.value}`)}`}>{topicLabel(v.value, lang)}</a>),
      )}
      {row('tags', 'tags', view.item.tags.map((tag) => <span class="tag">{tag}</span>))}
    </dl>
  );
}

function Citation(props: { v: StoredValue; lang: Lang }) {
  const d = props.v.data;
  const label = `${String(d.law)} ${props.v.surface ?? `#${String(d.article)}`}`;
  if (typeof d.lawId !== 'string' || typeof d.article !== 'number') {
    return <span class="citation unlinked" title={typeof d.note === 'string' ? d.note : undefined}>{label}</span>;
  }
  const key = articleKey(d.article, typeof d.suffix === 'number' ? d.suffix : null);
  const version = typeof d.versionId === 'string' ? `?version=${encodeURIComponent(d.versionId)}` : '';
  return (
    <>
      <a class="citation" href={`/laws/${encodeURIComponent(d.lawId)}/articles/${key}${version}`}>
        {label}
      </a>
      {typeof d.note === 'string' || d.linkStatus !== 'linked' ? (
        <span class="link-note small" data-status={String(d.linkStatus)}>
          {' '}
          ⚠ {typeof d.note === 'string' ? d.note : String(d.linkStatus)}
        </span>
      ) : null}
    </>
  );
}

function Sources(props: { view: ItemView; lang: Lang }) {
  const { view, lang } = props;
  if (view.sources.length === 0) return null;
  return (
    <section class="sources">
      <h2>{t(lang, 'sources')}</h2>
      <ul>
        {view.sources.map((s) => (
          <li>
            {s.itemId === view.item.id ? <strong>{s.headline}</strong> : <a href={`/items/${s.itemId}`}>{s.headline}</a>}
            <span class="small"> · {s.documentSource}</span>
            {s.date ? <span class="small"> · {s.date}</span> : null}
            {s.sourceLine ? (
              <span class="small">
                {' '}
                · {t(lang, 'sourceLine')}: {s.sourceLine}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Related(props: { view: ItemView; lang: Lang }) {
  const { related } = props.view;
  const group = (key: MessageKey, items: RelatedItem[]) =>
    items.length === 0 ? null : (
      <div class="related-group">
        <h3>{t(props.lang, key)}</h3>
        <ul>
          {items.map((r) => (
            <li>
              <a href={`/items/${r.id}`}>{r.headline}</a> {r.date ? <span class="small">{r.date}</span> : null}
            </li>
          ))}
        </ul>
      </div>
    );
  if (related.instrument.length + related.article.length + related.authority.length === 0) return null;
  return (
    <section class="related">
      <h2>{t(props.lang, 'related')}</h2>
      {group('sameInstrument', related.instrument)}
      {group('sameArticle', related.article)}
      {group('sameAuthority', related.authority)}
    </section>
  );
}

/** Extracted deadlines, or the editor's deadline once it has been corrected. */
function deadlines(view: ItemView): string[] {
  if (view.corrections.some((c) => c.field === 'deadline')) return view.item.deadline ? [view.item.deadline] : [];
  const values = view.item.values.filter((v) => v.field === 'deadline').map((v) => v.value);
  return [...new Set(values)];
}

function dedupe(values: StoredValue[]): StoredValue[] {
  return values.filter((v, i) => values.findIndex((o) => o.value === v.value) === i);
}
