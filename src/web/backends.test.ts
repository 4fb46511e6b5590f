import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgDatabase, hasPostgres } from '../../test/helpers/backends.ts';
import { openStore } from '../store/open.ts';
import type { Sql } from '../store/sql.ts';
import { webDb } from './__fixtures__/web-db.ts';
import { createApp } from './app.ts';

// The pages' own SQL (dashboard aggregates, deadlines, law citations, related items) has a branch per
// dialect. The same documents ingested into SQLite and into PostgreSQL must give the same pages:
// what each page shows is read out of its HTML and compared, item links by the headline they name
// (ids may be numbered differently).

const TODAY = () => '2026-11-23';
const describePg = hasPostgres() ? describe : describe.skip;

describePg('web pages on SQLite and PostgreSQL', () => {
  let sqlite: Sql;
  let postgres: Sql;
  beforeAll(async () => {
    sqlite = (await webDb()).db;
    const url = await createPgDatabase();
    postgres = (await webDb(() => openStore(url))).db;
  });
  afterAll(async () => {
    await sqlite?.close();
    await postgres?.close();
  });

  async function shown(sql: Sql, url: string): Promise<unknown> {
    const res = await createApp(sql, { today: TODAY }).request(`http://127.0.0.1${url}`);
    expect(res.status, url).toBe(200);
    const $ = cheerio.load(await res.text());
    return {
      charts: $('[data-chart]').map((_, e) => $(e).attr('data-chart')).get(),
      total: $('#total').text().trim(),
      facets: $('[data-facet] li').map((_, li) => $(li).text().replace(/\s+/g, ' ').trim()).get(),
      // Ranking differs by design (FTS5 bm25 against ts_rank), so hits are compared as a set.
      items: $('main a[href^="/items/"]').map((_, a) => $(a).text().trim()).get().sort(),
      articles: $('ol.articles li').map((_, li) => $(li).text().replace(/\s+/g, ' ').trim()).get(),
      cells: $('table td, .calendar a').map((_, e) => $(e).text().replace(/\s+/g, ' ').trim()).get(),
      sidebar: $('dd').map((_, e) => $(e).text().replace(/\s+/g, ' ').trim()).get(),
      related: $('.related-group a').map((_, a) => $(a).text().trim()).get(),
    };
  }

  async function itemUrl(sql: Sql, headline: string): Promise<string> {
    const row = await sql.get<{ id: number }>('SELECT id FROM items WHERE headline LIKE ? ORDER BY id LIMIT 1', [`%${headline}%`]);
    return `/items/${row!.id}`;
  }

  it.each([
    '/search?q=' + encodeURIComponent('知网'),
    '/search?q=' + encodeURIComponent('网信办 category:enforcement'),
    '/search?q=' + encodeURIComponent('law:数据安全法 article:45'),
    '/dashboard',
    '/laws/cn.law.data-security',
    '/laws/cn.law.data-security/articles/45',
    '/laws/cn.law.cybersecurity/articles/21',
    '/deadlines?month=2023-09&from=2023-09-01',
  ])('%s shows the same on both', async (url) => {
    const a = await shown(sqlite, url);
    expect(a).not.toEqual({ charts: [], total: '', facets: [], items: [], articles: [], cells: [], sidebar: [], related: [] });
    expect(await shown(postgres, url)).toEqual(a);
  });

  it('an item page shows the same values and related items on both', async () => {
    const headline = '知网依法作出网络安全审查相关行政处罚';
    const a = await shown(sqlite, await itemUrl(sqlite, headline));
    expect(await shown(postgres, await itemUrl(postgres, headline))).toEqual(a);
  });
});
