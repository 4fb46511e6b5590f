import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { LAWS } from '../laws/__fixtures__/laws.ts';
import { search } from '../search/search.ts';
import type { Sql } from '../store/sql.ts';
import { webDb } from './__fixtures__/web-db.ts';
import { createApp } from './app.ts';
import type { ChartSpec } from './components/chart.tsx';

let db: Sql;
let xssItemId: number;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  ({ db, xssItemId } = await webDb());
  app = createApp(db, { today: () => '2026-11-23' });
});

async function page(url: string, init?: RequestInit): Promise<{ status: number; $: cheerio.CheerioAPI; html: string; res: Response }> {
  const res = await app.request(url, init);
  const html = await res.text();
  return { status: res.status, $: cheerio.load(html), html, res };
}

async function zhiwangId(): Promise<number> {
  const hit = (await search(db, '知网')).hits.find((h) => h.item.headline.includes('知网'));
  if (!hit) throw new Error('the seeds have no item about 知网');
  return hit.item.id;
}

describe('search page', () => {
  it('lists the same hits and facet counts as the search service, with highlighted snippets', async () => {
    const { status, $, res } = await page('/search?q=' + encodeURIComponent('知网'));
    expect(status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const direct = (await search(db, '知网'));
    expect($('#total strong').text()).toBe(String(direct.total));
    expect($('.hit h3 a').map((_, a) => $(a).attr('href')).get()).toEqual(direct.hits.map((h) => `/items/${h.item.id}`));
    expect($('.hit .snippet mark').first().text()).toBe('知网');
    const facet = $('[data-facet="category"] li a').first();
    expect(facet.find('.count').text()).toBe(String(direct.facets.category[0]!.count));
    expect(new URL(facet.attr('href')!, 'http://x').searchParams.get('q')).toBe(`知网 category:${direct.facets.category[0]!.value}`);
    expect($('.hit').first().find('.badge.fine').text()).toContain('5000万元');
  });

  it('keeps the query in the box and offers active filters as removable chips', async () => {
    const q = '网信办 category:enforcement region:北京';
    const { $ } = await page('/search?q=' + encodeURIComponent(q));
    expect($('#q').attr('value')).toBe(q);
    const chips = $('.chips a').map((_, a) => new URL($(a).attr('href')!, 'http://x').searchParams.get('q')).get();
    expect(chips).toEqual(['网信办 region:北京', '网信办 category:enforcement']);
    expect($('#total strong').text()).toBe(String((await search(db, q)).total));
  });

  it('answers a malformed query with 400 and the reason, escaped', async () => {
    const { status, $ } = await page('/search?q=' + encodeURIComponent('after:<b>soon</b>'));
    expect(status).toBe(400);
    expect($('.error').text()).toContain('"after:" needs a date like 2023-09-01, got "<b>soon</b>"');
    expect($('.error b').length).toBe(0);
  });

  it('answers an over-long query with 400 and the reason, not a 500', async () => {
    const long = encodeURIComponent('知'.repeat(501));
    const { status, $ } = await page(`/search?q=${long}`);
    expect(status).toBe(400);
    expect($('.error').text()).toContain('at most 500 characters');
    expect((await app.request(`/search/facets?q=${long}`)).status).toBe(400);
  });
});

describe('item page', () => {
  it('marks each value with a span in the text and lists it beside, with links to laws', async () => {
    const { status, $ } = await page(`/items/${await zhiwangId()}`);
    expect(status).toBe(200);
    expect($('#item-text mark.v-penalty').text()).toBe('人民币5000万元');
    expect($('#item-text mark.v-authority').first().text()).toBe('国家互联网信息办公室');
    expect($('dd[data-field="penalty"]').text()).toContain('5000万元');
    expect($('dd[data-field="instrument"] a[href="/laws/cn.law.cybersecurity"]').text()).toBe('《网络安全法》');
    expect($('dd[data-field="authority"]').text()).toContain('Cyberspace Administration of China');
    expect($('.sources li').text()).toContain('中国网信网');
    expect($('a.edit').attr('href')).toBe(`/items/${await zhiwangId()}/edit`);
    // The item text is the document's own characters without the markdown heading marker.
    expect($('#item-text').text()).toMatch(/^5\. 国家互联网信息办公室对知网/);
  });

  it('links a citation to the article of the version in force and says when that text is missing', async () => {
    const row = (await db.get("SELECT item_id AS id FROM item_values WHERE field = 'citation' AND json_extract(data, '$.note') LIKE '%not in the corpus%' LIMIT 1")) as { id: number };
    const { $ } = await page(`/items/${row.id}`);
    const link = $('dd[data-field="citation"] a.citation').first();
    expect(link.attr('href')).toMatch(/^\/laws\/cn\.law\.minors-protection\/articles\/\d+\?version=minors-protection-law-2024$/);
    expect($('dd[data-field="citation"] .link-note').first().text()).toContain('the text in force on 2023-09-13 is not in the corpus');
  });

  it('shows related items sharing an article', async () => {
    const ids = ((await db.all("SELECT DISTINCT item_id AS id FROM item_values WHERE field = 'citation' AND value LIKE '数据安全法#45#%'")) as { id: number }[]).map((r) => r.id);
    const { $ } = await page(`/items/${ids[0]}`);
    const related = $('.related-group a').map((_, a) => Number($(a).attr('href')!.split('/').pop())).get();
    for (const id of ids.slice(1, 4)) expect(related).toContain(id);
  });

  it('lists a body named several ways once, with its other names', async () => {
    const row = (await db.get(`SELECT item_id AS id, json_extract(data, '$.id') AS body, COUNT(DISTINCT value) AS forms FROM item_values
         WHERE field = 'authority' AND json_extract(data, '$.id') IS NOT NULL GROUP BY item_id, body HAVING forms > 1 LIMIT 1`)) as { id: number; body: string; forms: number };
    const bodies = (await db.get("SELECT COUNT(DISTINCT coalesce(json_extract(data, '$.id'), value)) AS n FROM item_values WHERE field = 'authority' AND item_id = ?", [row.id])) as { n: number };
    const { $ } = await page(`/items/${row.id}`);
    expect($('dd[data-field="authority"]').length).toBe(bodies.n);
  });

  it('returns 404 for an unknown item', async () => {
    expect((await page('/items/999999')).status).toBe(404);
    expect((await page('/items/abc')).status).toBe(404);
  });
});

describe('law pages', () => {
  it('lists imported laws and a law\'s articles with citation counts', async () => {
    const list = await page('/laws');
    expect(list.$('.law-list a[href="/laws/cn.law.data-security"]').text()).toBe('中华人民共和国数据安全法');
    for (const url of ['/laws/cn.law.data-security?version=bogus', '/laws/cn.law.data-security/articles/45?version=bogus']) {
      const bogus = await page(url);
      expect(bogus.status, url).toBe(404);
      expect(bogus.$('main').text(), url).toContain('has no version bogus');
    }
    const { $ } = await page('/laws/cn.law.data-security');
    const a45 = $('ol.articles li').filter((_, li) => $(li).find('a').text() === '第四十五条');
    const cited = (await db.get("SELECT COUNT(DISTINCT item_id) AS n FROM item_values WHERE field = 'citation' AND value LIKE '数据安全法#45#%'")) as { n: number };
    expect(a45.find('.cites').text()).toBe(String(cited.n));
  });

  it('shows an article\'s text from the law file, every citing item newest first, and the fines under it', async () => {
    const { status, $ } = await page('/laws/cn.law.data-security/articles/45');
    expect(status).toBe(200);
    const file = fs.readFileSync(path.join(LAWS, 'data-security-law-2021.md'), 'utf8');
    const firstParagraph = file.split('\n').find((l) => l.startsWith('第四十五条'))!.replace(/^第四十五条\s*/, '');
    expect($('#article-text p').eq(1).text()).toBe(firstParagraph);
    const citing = $('.citing li');
    const dates = citing.map((_, li) => $(li).find('.small').first().text().replace(/[ ·]/g, '')).get();
    expect(dates).toEqual([...dates].sort().reverse());
    const cited = (await db.get("SELECT COUNT(DISTINCT item_id) AS n FROM item_values WHERE field = 'citation' AND value LIKE '数据安全法#45#%'")) as { n: number };
    expect(citing.length).toBe(cited.n);
    const fines = (await db.all(`SELECT json_extract(data, '$.amount') AS amount FROM item_values WHERE field = 'penalty' AND item_id IN
           (SELECT item_id FROM item_values WHERE field = 'citation' AND value LIKE '数据安全法#45#%') ORDER BY amount`)) as { amount: number }[];
    const cells = $('.fines tbody tr').first().find('td').map((_, td) => $(td).text()).get();
    expect(cells[0]).toBe(String(fines.length));
    expect(cells[1]).toBe(`${fines[0]!.amount / 1e4}万元`);
    expect(cells[3]).toBe(`${fines.at(-1)!.amount / 1e4}万元`);
    const chart = JSON.parse($('#chart-citations').attr('data-chart')!) as ChartSpec;
    expect(chart.values.reduce((a, b) => a + b, 0)).toBe(cited.n);
  });

  it('says when the version cited is not in the corpus', async () => {
    const { $ } = await page('/laws/cn.law.minors-protection/articles/127');
    expect($('.citing .link-note').text()).toContain('not in the corpus');
  });
});

describe('dashboard', () => {
  it('has charts whose bars are the counts their search links find', async () => {
    const { $ } = await page('/dashboard');
    const spec = (id: string) => JSON.parse($(`#${id}`).attr('data-chart')!) as ChartSpec;
    const months = spec('chart-months');
    const enforcement = (await search(db, 'category:enforcement')).total;
    const undated = ((await db.get(`SELECT COUNT(*) AS n FROM items i JOIN documents d ON d.id = i.document_id LEFT JOIN items p ON p.id = i.parent_id
       WHERE d.superseded_by IS NULL AND i.category = 'enforcement' AND coalesce(i.date, p.date) IS NULL`)) as { n: number }).n;
    expect(months.values.reduce((a, b) => a + b, 0)).toBe(enforcement - undated);
    const sept = months.labels.indexOf('2023-09');
    expect((await search(db, new URL(months.links![sept]!, 'http://x').searchParams.get('q')!)).total).toBe(months.values[sept]);
    expect(months.line!.values[sept]).toBeGreaterThanOrEqual(50_000_000);
    const articles = spec('chart-articles');
    expect(articles.labels.length).toBeGreaterThan(0);
    for (const [i, link] of articles.links!.entries()) {
      expect((await search(db, new URL(link, 'http://x').searchParams.get('q')!)).total).toBe(articles.values[i]);
    }
    for (const id of ['chart-authorities', 'chart-regions', 'chart-topics']) {
      const s = spec(id);
      expect(s.values.length).toBeGreaterThan(0);
      // Region and authority filters also match places and sub-bodies inside, so a search finds at least the bar's items.
      for (const [i, link] of s.links!.entries()) {
        expect((await search(db, new URL(link, 'http://x').searchParams.get('q')!)).total).toBeGreaterThanOrEqual(s.values[i]!);
      }
    }
    expect(spec('chart-authorities').labels.filter((l) => ['公安部', 'MPS', 'Ministry of Public Security'].includes(l))).toEqual(['公安部']);
  });
});

describe('results first for large match sets', () => {
  it('leaves facets to /search/facets above the threshold, with the same counts, and inline with facets=all', async () => {
    const deferred = createApp(db, { today: () => '2026-11-23', facetsInlineUpTo: 10 });
    const q = '网信';
    const direct = await search(db, q);
    expect(direct.total).toBeGreaterThan(10);
    const res = await deferred.request('/search?q=' + encodeURIComponent(q));
    const $ = cheerio.load(await res.text());
    expect($('#total strong').text()).toBe(String(direct.total));
    expect($('.hit').length).toBe(Math.min(20, direct.total));
    expect($('[data-facet]').length).toBe(0);
    const src = $('[data-facets-src]').attr('data-facets-src')!;
    const fragment = cheerio.load(await (await deferred.request(src)).text());
    const counts = (c: cheerio.CheerioAPI, field: string) => c(`[data-facet="${field}"] .count`).map((_, e) => Number(c(e).text())).get();
    expect(counts(fragment, 'category')).toEqual(direct.facets.category.map((f) => f.count));
    expect(counts(fragment, 'authority')).toEqual(direct.facets.authority.map((f) => f.count));
    // Without JS the placeholder's link reloads the page with the counts inline.
    const fallback = $('[data-facets-src] a').attr('href')!;
    expect(new URL(fallback, 'http://x').searchParams.get('facets')).toBe('all');
    const inline = cheerio.load(await (await deferred.request(fallback)).text());
    expect(counts(inline, 'category')).toEqual(counts(fragment, 'category'));
    // A query with few matches keeps its facets inline.
    const small = cheerio.load(await (await deferred.request('/search?q=' + encodeURIComponent('知网'))).text());
    expect(small('[data-facets-src]').length).toBe(0);
    expect(small('[data-facet="category"]').length).toBe(1);
    expect((await deferred.request('/search/facets?q=' + encodeURIComponent('after:soon'))).status).toBe(400);
  });
});

describe('more matches than the search window', () => {
  it('says the total is capped, explains it, and pages and counts the window', async () => {
    const windowed = createApp(db, { today: () => '2026-11-23', searchWindow: 12 });
    const all = await search(db, '数据');
    expect(all.total).toBeGreaterThan(12);
    for (const lang of ['zh', 'en']) {
      const $ = cheerio.load(await (await windowed.request(`/search?lang=${lang}&q=` + encodeURIComponent('数据'))).text());
      expect($('#total strong').text()).toBe('12+');
      expect($('.capped').text()).toContain('12');
      expect($('.hit').length).toBe(12);
      const years = $('[data-facet="year"] .count').map((_, e) => Number($(e).text())).get();
      expect(years.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(12);
    }
    const api = (await (await windowed.request('/api/search?q=' + encodeURIComponent('数据'))).json()) as { total: number; capped: boolean };
    expect(api).toMatchObject({ total: 12, capped: true });
    const few = (await (await windowed.request('/api/search?q=' + encodeURIComponent('知网'))).json()) as { total: number; capped: boolean };
    expect(few).toMatchObject({ total: 2, capped: false });
  });
});

describe('topic names', () => {
  it('shows the taxonomy label in the interface language, while links keep the topic id', async () => {
    const spec = async (url: string) => JSON.parse((await page(url)).$('#chart-topics').attr('data-chart')!) as ChartSpec;
    const zh = await spec('/dashboard');
    const en = await spec('/dashboard?lang=en');
    const i = zh.links!.findIndex((l) => new URL(l, 'http://x').searchParams.get('q')!.endsWith('topic:personal-information'));
    expect(zh.labels[i]).toBe('个人信息保护');
    expect(en.labels[i]).toBe('Personal information');
    const { $ } = await page('/search?q=' + encodeURIComponent('知网'));
    expect($('[data-facet="topic"] .label').map((_, e) => $(e).text()).get()).toContain('个人信息保护');
  });
});

describe('deadlines', () => {
  it('shows a month calendar and the coming 30 and 90 days, and exports them as iCalendar', async () => {
    const { $ } = await page('/deadlines?month=2023-09&from=2023-09-01');
    const deadline = (await db.get("SELECT item_id AS id FROM item_values WHERE field = 'deadline' AND value = '2023-09-13'")) as { id: number };
    expect($(`.calendar a[href="/items/${deadline.id}"]`).attr('title')).toMatch(/^整改期限: /);
    const soon = $('.upcoming ul.entries').first().find('time').map((_, t) => $(t).text()).get();
    expect(soon.length).toBeGreaterThan(0);
    expect(soon.every((d) => d >= '2023-09-01' && d <= '2023-10-01')).toBe(true);
    const ics = await app.request('/deadlines.ics');
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    const body = await ics.text();
    expect(body).toContain('DTSTART;VALUE=DATE:20230913');
    const stored = (await db.get("SELECT COUNT(DISTINCT field || value || item_id) AS n FROM item_values WHERE field IN ('deadline', 'effective')")) as { n: number };
    expect(body.match(/BEGIN:VEVENT/g)).toHaveLength(stored.n);
  });

  it('ignores a month or start day that is not a real date instead of failing', async () => {
    for (const q of ['from=2023-99-99', 'from=2023-02-30', 'month=2023-13']) {
      const res = await app.request(`/deadlines?${q}`);
      expect(res.status, q).toBe(200);
      const $ = cheerio.load(await res.text());
      expect($('.month-nav h2').text(), q).toBe('2026-11');
    }
  });
});

describe('untrusted text and language', () => {
  it('shows markup and script URLs from a document as text', async () => {
    const { $, html } = await page(`/items/${xssItemId}`);
    expect($('h1').text()).toContain('<script>alert("xss-title")</script>');
    expect($('#item-text').text()).toContain(`<img src=x onerror="alert('xss-img')">`);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect($('a[href^="javascript:"]').length).toBe(0);
    expect($('script:not([src])').length).toBe(0);
    const found = await page('/search?q=' + encodeURIComponent('xss-title'));
    expect(found.html).not.toContain('<script>alert');
  });

  it('switches language with ?lang= and remembers it in a cookie', async () => {
    const en = await page('/search?lang=en');
    expect(en.$('html').attr('lang')).toBe('en');
    expect(en.$('label[for="q"]').text()).toBe('Search items');
    const cookie = en.res.headers.get('set-cookie')!.split(';')[0]!;
    const again = await page('/dashboard', { headers: { cookie } });
    expect(again.$('h1').text()).toBe('Enforcement dashboard');
    expect((await page('/dashboard')).$('h1').text()).toBe('执法统计');
  });

  it('serves echarts and the page script from this server', async () => {
    const res = await app.request('/assets/echarts.min.js');
    expect(res.headers.get('content-type')).toContain('javascript');
    expect((await res.text()).length).toBeGreaterThan(100_000);
    expect((await app.request('/assets/../package.json')).status).toBe(404);
    for (const name of ['constructor', 'toString', '__proto__']) expect((await app.request(`/assets/${name}`)).status, name).toBe(404);
  });
});
