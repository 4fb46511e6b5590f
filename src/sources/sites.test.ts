import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testOptions } from './__fixtures__/options.ts';
import { send, startServer, type FixtureServer } from './__fixtures__/server.ts';
import { HttpClient } from './http.ts';
import { ADAPTERS, getAdapter } from './registry.ts';
import { SITES } from './sites.ts';
import raw from './sites.json' with { type: 'json' };

const FIXTURES = path.join(import.meta.dirname, '__fixtures__/sites');
const fixture = (id: string, kind: 'list' | 'article') => fs.readFileSync(path.join(FIXTURES, `${id}.${kind}.html`), 'utf8');

// What each fixture article says, so a wrong body selector (menus, share bars) is noticed.
const EXPECTED: Record<string, { body: string; date: string }> = {
  cac: { body: '促进和规范数据跨境流动规定', date: '2024-03-22' },
  'miit-app': { body: '23款APP（SDK）存在侵害用户权益行为', date: '2024-09-20' },
  tc260: { body: '现公开征求意见', date: '2024-03-15' },
  'mps-cyber': { body: '侵犯公民个人信息案', date: '2024-03-19' },
  'spc-cases': { body: '个人信息保护纠纷案', date: '2022-12-08' },
  'spp-cases': { body: '人脸识别信息行政公益诉讼案', date: '2024-03-18' },
  'edpb-news': { body: 'consent or pay models', date: '2024-04-17' },
};

describe('sites.json', () => {
  it('is valid, with unique ids that do not shadow code adapters, and marked unverified', () => {
    expect(SITES).toHaveLength(raw.length);
    const ids = SITES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id === 'feed' || id === 'list')).toEqual([]);
    for (const s of SITES) {
      expect(s.url.startsWith('https://'), s.id).toBe(true);
      expect(s.verified, `${s.id}: set verified only after checking against the live site`).toBe(false);
      expect(ADAPTERS.get(s.id)?.kind).toBe('list');
      expect(EXPECTED[s.id], `${s.id} needs fixtures`).toBeDefined();
    }
  });
});

describe.each(SITES.map((s) => [s.id, s] as const))('site %s on fixture pages of its layout', (id, site) => {
  let server: FixtureServer;
  const list = fixture(id, 'list');
  const article = fixture(id, 'article');
  const articles = new Set<string>();

  beforeAll(async () => {
    // Serve the list at /list, the article at every listed link, 404 for anything else
    // (further list pages: a 404 there ends the listing).
    const $ = cheerio.load(list);
    server = await startServer((req, res) => {
      if (req.url === '/list') return send(res, 200, list);
      if (articles.has(req.url ?? '')) return send(res, 200, article);
      send(res, 404, 'not found');
    });
    $(site.config.list.item).each((_, el) => {
      const href = $(el).find(site.config.list.link).first().attr('href') ?? '';
      const u = new URL(href, `${server.origin}/list`);
      articles.add(u.pathname + u.search);
    });
  });
  afterAll(() => server.close());

  it('lists every item and reads title, date and body of the articles', async () => {
    const http = new HttpClient(testOptions({ allowPrivateHosts: true }));
    const res = await getAdapter(id).fetch({ url: `${server.origin}/list`, config: {}, http, etag: null, lastModified: null, isKnown: () => false });
    const itemCount = cheerio.load(list)(site.config.list.item).length;
    expect(res.found).toBe(itemCount);
    expect(res.problems).toEqual([]);
    expect(res.entries).toHaveLength(itemCount);
    const e = res.entries[0]!;
    expect(e.title).toBeTruthy();
    expect(e.date).toBe(EXPECTED[id]!.date);
    expect(e.text).toContain(EXPECTED[id]!.body);
    expect(e.text).not.toMatch(/分享到|来源：|下一页/);
    // The second list page was asked for (it 404s here, which ends the listing without an error).
    const pages = server.requests.filter((p) => p !== '/list' && p !== '/robots.txt' && !articles.has(p));
    expect(pages).toHaveLength(site.config.pagination ? 1 : 0);
  });
});
