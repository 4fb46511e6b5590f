import { Hono } from 'hono';
import { Chart, type ChartSpec } from '../components/chart.tsx';
import { cachedByDataVersion } from '../data/cache.ts';
import { dashboard, type Bar } from '../data/dashboard.ts';
import type { WebEnv } from '../env.ts';
import { t } from '../i18n.ts';
import { Layout } from '../layout.tsx';
import { searchUrl } from '../query-edit.ts';
import { topicLabel } from '../topics.ts';

export function dashboardPage(): Hono<WebEnv> {
  const app = new Hono<WebEnv>();
  // The aggregates read every enforcement item (about 0.9 s at 100k items); they change only when
  // documents, items or values do.
  const data = cachedByDataVersion((sql) => dashboard(sql));
  app.get('/', async (c) => {
    const lang = c.get('lang');
    const d = await data(c.get('sql'));
    const ranked = (bars: Bar[]): ChartSpec => ({
      kind: 'ranked',
      name: t(lang, 'items'),
      labels: bars.map((b) => b.label),
      values: bars.map((b) => b.count),
      links: bars.map((b) => searchUrl(b.query)),
    });
    return c.html(
      <Layout title={t(lang, 'dashboard')} lang={lang} user={c.get('user')} csrf={c.get('csrf')} url={c.req.path} charts>
        <h1>{t(lang, 'dashboard')}</h1>
        <p class="lead">
          <a href={searchUrl('category:enforcement')}>
            <strong>{d.total}</strong> {t(lang, 'items')}
          </a>{' '}
          · {t(lang, 'chartHint')}
        </p>
        <Chart
          id="chart-months"
          title={t(lang, 'byMonth')}
          spec={{
            kind: 'series',
            name: t(lang, 'items'),
            labels: d.months.map((m) => m.label),
            values: d.months.map((m) => m.count),
            line: { name: t(lang, 'totalFines'), values: d.months.map((m) => m.finesCny) },
            links: d.months.map((m) => searchUrl(m.query)),
          }}
        />
        <div class="chart-grid">
          <Chart id="chart-authorities" title={t(lang, 'byAuthority')} spec={ranked(d.authorities)} />
          <Chart id="chart-regions" title={t(lang, 'byRegion')} spec={ranked(d.regions)} />
          <Chart id="chart-articles" title={t(lang, 'byArticle')} spec={ranked(d.articles)} />
          <Chart id="chart-topics" title={t(lang, 'byTopic')} spec={ranked(d.topics.map((b) => ({ ...b, label: topicLabel(b.label, lang) })))} />
        </div>
      </Layout>,
    );
  });
  return app;
}
