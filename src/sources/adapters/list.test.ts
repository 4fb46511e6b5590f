import { afterEach, describe, expect, it } from 'vitest';
import { testOptions } from '../__fixtures__/options.ts';
import { send, startServer, type FixtureServer } from '../__fixtures__/server.ts';
import { HttpClient } from '../http.ts';
import { listAdapter, listDate } from './list.ts';

let server: FixtureServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('list adapter on hostile pages', () => {
  it('skips a listed link that is not a valid URL and keeps the others', async () => {
    server = await startServer((req, res) => {
      if (req.url === '/list') return send(res, 200, '<ul><li><a href="http://[bad">坏</a></li><li><a href="/a/1.html">一</a></li></ul>');
      if (req.url === '/a/1.html') return send(res, 200, '<body><p>正文</p></body>');
      return send(res, 404);
    });
    const http = new HttpClient(testOptions({ allowPrivateHosts: true, respectRobots: false }));
    const r = await listAdapter.fetch({
      url: `${server.origin}/list`,
      config: { list: { item: 'li' } },
      http,
      etag: null,
      lastModified: null,
      isKnown: () => false,
    });
    expect(r.entries.map((e) => e.url)).toEqual([`${server.origin}/a/1.html`]);
  });
});

describe('list adapter config', () => {
  it('refuses a selector cheerio cannot parse before it is stored', () => {
    expect(() => listAdapter.validateConfig({ list: { item: 'li' }, article: { body: 'div[[' } })).toThrow(/article\.body: not a valid CSS selector/);
    expect(() => listAdapter.validateConfig({ list: { item: 'li', link: 'a.more' } })).not.toThrow();
  });
});

describe('listDate', () => {
  it.each([
    ['2024年3月2日', '2024-03-02'],
    ['2024/3/22', '2024-03-22'],
    ['22 March 2024', '2024-03-22'],
    // No year: kept as printed, never guessed into 2001.
    ['12', '12'],
    ['阅读 12', '阅读 12'],
  ])('%s → %s', (raw, want) => {
    expect(listDate(raw)).toBe(want);
  });
});
