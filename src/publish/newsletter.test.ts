import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachBackend } from '../../test/helpers/backends.ts';
import { loadConfig } from '../config.ts';
import type { Sql } from '../store/sql.ts';
import { eventOf, setEvent } from '../store/events.ts';
import { getItem } from '../store/items.ts';
import { compose, expectedEntries, seedDb } from './__fixtures__/seed-db.ts';
import { readZipEntry } from './__fixtures__/zip.ts';
import { formatAmount, sectionKeywords } from './guide.ts';
import { SECTIONS } from './group.ts';
import { GUIDE_NOTE, layoutNewsletter } from './layout.ts';
import { entriesOf } from './model.ts';
import { renderNewsletter } from './newsletter.ts';

// Selection reads the store, so these run on both backends.
describeEachBackend('newsletter', (open) => {
  let db: Sql;
  beforeAll(async () => {
    db = await seedDb(open);
  }, 60_000);

  describe('newsletter of September 2023 from the seeds', () => {
    it('has one section per category present, in the seeds’ order, with every item of the period once', async () => {
      const n = await compose(db);
      const expected = await expectedEntries(db);
      const byCategory = new Map<string, number>();
      for (const r of expected) byCategory.set(r.category, (byCategory.get(r.category) ?? 0) + 1);
      const order = SECTIONS.map((s) => s.id).filter((id) => byCategory.has(id));
      expect(n.sections.map((s) => s.id)).toEqual(order);
      for (const s of n.sections) expect(entriesOf(s)).toHaveLength(byCategory.get(s.id)!);
      const ids = n.sections.flatMap(entriesOf).map((e) => e.itemId);
      expect(new Set(ids).size).toBe(ids.length);
      expect(new Set(ids)).toEqual(new Set(expected.map((r) => r.id)));
    });

    it('groups legislation by level and enforcement by authority type, items by date', async () => {
      const n = await compose(db);
      const legislation = n.sections.find((s) => s.id === 'legislation')!;
      const enforcement = n.sections.find((s) => s.id === 'enforcement')!;
      const group = (s: typeof legislation, title: string) => s.groups.find((g) => g.title === title)?.entries.map((e) => e.headline) ?? [];
      expect(group(legislation, '国家层面动向').join()).toContain('十四届全国人大常委会公布立法规划');
      expect(group(legislation, '地方层面动向').join()).toContain('长沙市数据资源管理局');
      expect(group(enforcement, '网信部门').join()).toContain('知网');
      expect(group(enforcement, '公安机关').join()).toContain('天津警方');
      expect(group(enforcement, '金融监管部门').join()).toContain('中关村银行');
      for (const s of n.sections) {
        expect(s.groups.every((g) => g.entries.length > 0)).toBe(true);
        for (const g of s.groups) {
          const dates = g.entries.map((e) => e.date ?? '');
          expect(dates).toEqual([...dates].sort());
        }
      }
    });

    it('writes a 导读 from the items: the 知网 fine of 5000万元 in the enforcement section', async () => {
      const n = await compose(db);
      const enforcement = n.sections.find((s) => s.id === 'enforcement')!;
      const guide = enforcement.guide.join('');
      expect(guide).toMatch(/知网[^；。]*5000万元/);
      expect(guide).toContain('国家互联网信息办公室');
      expect(guide).toContain(`共收录 ${entriesOf(enforcement).length} 条`);
      const legislation = n.sections.find((s) => s.id === 'legislation')!;
      expect(legislation.guide.join('')).toContain('《规范和促进数据跨境流动规定（征求意见稿）》');
      for (const s of n.sections) expect(s.keywords.length).toBeGreaterThan(0);
    });

    it('renders Markdown with cover, TOC, generated-guide note, every headline once, sources and the disclaimer', async () => {
      const n = await compose(db, { issue: 3, title: '九月动态' });
      const md = (await renderNewsletter(n, 'md')) as string;
      expect(md.startsWith('# 九月动态')).toBe(true);
      expect(md).toContain('第 3 期');
      expect(md).toContain('Test Publisher');
      expect(md).toContain('## 目录');
      expect(md).toContain(GUIDE_NOTE);
      expect(md).toContain('测试声明：仅供参考。');
      expect(md).toContain('（来源：中国网信网）');
      for (const id of (await expectedEntries(db)).map((r) => r.id)) {
        const headings = md.split('\n').filter((l) => /^#{4} /.test(l) && l.endsWith(`{#item-${id}}`));
        expect(headings, `item ${id}`).toHaveLength(1);
        expect(headings[0]).toContain((await getItem(db, id))!.headline.replace(/[\\`*_[\]#|~]/g, (c) => '\\' + c));
      }
    });

    it('puts each item once into HTML, from the same layout as the Markdown', async () => {
      const n = await compose(db);
      const html = (await renderNewsletter(n, 'html')) as string;
      for (const id of (await expectedEntries(db)).map((r) => r.id)) expect(html.split(`id="item-${id}"`)).toHaveLength(2);
      const layout = layoutNewsletter(n).filter((b) => b.t === 'heading');
      expect(html.match(/<h[1-4] id=/g)).toHaveLength(layout.length);
    });

    it('writes a DOCX whose Word headings are the sections (h1) and groups (h2), with a TOC field', async () => {
      const n = await compose(db);
      const docx = (await renderNewsletter(n, 'docx')) as Buffer;
      const { value } = await mammoth.convertToHtml({ buffer: docx });
      const texts = (tag: string) => [...value.matchAll(new RegExp(`<${tag}>(.*?)</${tag}>`, 'g'))].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
      const h1 = texts('h1');
      expect(h1.slice(0, -1).map((t) => t.replace(/^[一二三四五六七八九十]+、/, ''))).toEqual(n.sections.map((s) => s.title));
      expect(h1.at(-1)).toBe('声明');
      const groups = n.sections.flatMap((s) => s.groups.map((g) => g.title)).filter((t) => t !== null);
      expect(texts('h2').map((t) => t.replace(/^（[一二三四五六七八九十]+）/, ''))).toEqual(groups);
      const xml = readZipEntry(docx, 'word/document.xml')!;
      expect(xml).toMatch(/TOC [^<]*\\o &quot;1-3&quot;/);
      expect(xml).toContain('w:val="Heading1"');
    });

    it('shows English text under Chinese items only in bilingual mode', async () => {
      const opts = { from: '2021-04-19', to: '2021-04-26' };
      const withEn = (await Promise.all((await expectedEntries(db, opts.from, opts.to)).map(async (r) => (await getItem(db, r.id))!))).find((i) => i.bodyEn);
      expect(withEn).toBeDefined();
      const firstLine = withEn!.bodyEn!.split('\n')[0]!.slice(0, 60);
      const bilingual = (await renderNewsletter(await compose(db, { ...opts, bilingual: true }), 'html')) as string;
      const chineseOnly = (await renderNewsletter(await compose(db, opts), 'html')) as string;
      const escaped = firstLine.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
      expect(bilingual).toContain(escaped);
      expect(bilingual.indexOf(escaped)).toBeGreaterThan(bilingual.indexOf(`id="item-${withEn!.id}"`));
      expect(chineseOnly).not.toContain(escaped);
    });

    it('narrows the period by a search query', async () => {
      const n = await compose(db, { query: '知网' });
      const entries = n.sections.flatMap(entriesOf);
      expect(entries.length).toBeGreaterThan(0);
      expect(entries.every((e) => (e.headline + e.text).includes('知网'))).toBe(true);
      expect(n.query).toBe('知网');
    });
  });

  describe('events', () => {
    it('gives a development reported twice one entry listing both sources', async () => {
      const own = await seedDb(open);
      const [a, b] = (await expectedEntries(own)).filter((r) => r.category === 'overseas');
      await setEvent(own, b!.id, (await eventOf(own, a!.id))!.eventId, 'manual', null);
      const n = await compose(own);
      const entries = n.sections.flatMap(entriesOf);
      expect(entries).toHaveLength((await expectedEntries(own)).length);
      const merged = entries.find((e) => e.itemId === a!.id || e.itemId === b!.id)!;
      expect(merged.sources.map((s) => s.headline).sort()).toEqual([a!.headline, b!.headline].sort());
      expect(entries.filter((e) => e.itemId === a!.id || e.itemId === b!.id)).toHaveLength(1);
      const md = (await renderNewsletter(n, 'md')) as string;
      expect(md).toContain('本条综合 2 份来源');
    }, 60_000);
  });
});

describe('untrusted text', () => {
  let db: Sql;
  beforeAll(async () => {
    db = await seedDb();
  }, 60_000);

  it('renders injected markup and javascript: links inert in HTML and Markdown', async () => {
    const n = await compose(db);
    const entry = entriesOf(n.sections[0]!)[0]!;
    entry.headline = '<script>alert("x")</script>';
    entry.text = '点击<a href="javascript:alert(1)">这里</a> [x](javascript:alert(2)) <img src=x onerror=alert(3)>';
    entry.sources = [{ document: 'javascript:alert(4)', sourceLine: '<b>来源</b>', headline: 'x' }, { document: 'https://example.org/a"b', sourceLine: null, headline: 'y' }];
    entry.commentary = '</p><script>alert(5)</script>';
    const html = (await renderNewsletter(n, 'html')) as string;
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).not.toContain('<a href="javascript');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('Content-Security-Policy');
    const md = (await renderNewsletter(n, 'md')) as string;
    expect(md).not.toMatch(/<script|<img|<a /i);
    // Escaped brackets (\[x\](…)) are literal text, not a link.
    expect(md).not.toMatch(/(?<!\\)\]\(javascript:/i);
  });
});

describe('guide helpers and settings', () => {
  it('formats amounts the way the newsletters write them', async () => {
    expect(formatAmount(50_000_000, 'CNY')).toBe('5000万元');
    expect(formatAmount(200_000, 'CNY')).toBe('20万元');
    expect(formatAmount(1_200_000_000, 'USD')).toBe('12亿美元');
    expect(formatAmount(500, 'CHF')).toBe('500 CHF');
  });

  it('ranks section keywords against the corpus (a word in every item sinks)', async () => {
    const kw = (...words: string[]) => words.map((value) => ({ field: 'keyword', value, data: {}, start: null, end: null, surface: null }));
    const df = new Map([['个人信息', 100], ['知网', 2]]);
    expect(sectionKeywords([kw('个人信息', '知网'), kw('个人信息', '知网')], df, 100)).toEqual(['知网', '个人信息']);
  });

  it('reads publisher and disclaimer from the environment', async () => {
    const c = loadConfig({}, { REGWATCH_PUBLISHER: '某律所', REGWATCH_DISCLAIMER: '声明' }, '/tmp');
    expect(c.publish).toEqual({ publisher: '某律所', disclaimer: '声明' });
    expect(loadConfig({}, {}, '/tmp').publish.publisher).toBe('regwatch');
  });
});
