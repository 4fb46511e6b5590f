import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../store/open.ts';
import type { Sql } from '../store/sql.ts';
import { listDocuments } from '../store/documents.ts';
import { dueSources, getSource, listRuns } from '../store/sources.ts';
import { fakeResolver, testOptions } from './__fixtures__/options.ts';
import { send, startServer, type FixtureServer } from './__fixtures__/server.ts';
import { HttpClient } from './http.ts';
import { addSource } from './manage.ts';
import { runSources } from './service.ts';

const RSS = fs.readFileSync(path.join(import.meta.dirname, '__fixtures__/feeds/rss.xml'), 'utf8');
const NOW = new Date('2024-11-05T08:00:00Z');

let db: Sql;
let server: FixtureServer;
let feedCalls = 0;
let listHtml = '';

beforeEach(async () => {
  db = await openStore(':memory:');
  feedCalls = 0;
  listHtml = '<ul class="news"><li><a href="/a/1.html">一</a><span>2024-10-01</span></li><li><a href="/a/2.html">二</a><span>2024-10-02</span></li></ul>';
  server = await startServer((req, res) => {
    const url = req.url ?? '';
    if (url === '/feed.xml') {
      feedCalls++;
      if (req.headers['if-none-match'] === '"rss-1"') return send(res, 304);
      return send(res, 200, RSS, { 'content-type': 'application/rss+xml', etag: '"rss-1"' });
    }
    if (url === '/plain.xml') return send(res, 200, RSS, { 'content-type': 'application/rss+xml' });
    if (url === '/flaky.xml') return send(res, feedCalls++ === 0 ? 500 : 200, RSS);
    if (url === '/broken.xml') return send(res, 500, 'oops');
    if (url === '/moved') return send(res, 302, '', { location: `http://127.0.0.1:${server.port}/feed.xml` });
    if (url === '/list') return send(res, 200, listHtml);
    const m = /^\/a\/(\d)\.html$/.exec(url);
    if (m) return send(res, 200, `<html><body><h1>通报 ${m[1]}</h1><div class="body"><p>2024年10月${m[1]}日，某市网信办依据《网络安全法》第五十九条对某公司作出罚款${m[1]}万元的行政处罚。</p></div></body></html>`);
    send(res, 404, 'not found');
  });
});
afterEach(async () => {
  await server.close();
  db.close();
});

const open = () => new HttpClient(testOptions({ allowPrivateHosts: true }));
const now = () => NOW;

describe('runSources', () => {
  it('stores one document per feed entry; the next run is a 304 and adds nothing', async () => {
    const s = await addSource(db, { adapter: 'feed', url: `${server.origin}/feed.xml` }, NOW);
    const [first] = await runSources(db, open(), [s.id], { now });
    expect(first).toMatchObject({ status: 'ok', found: 3, new: 3, error: null });
    const docs = await listDocuments(db);
    expect(docs.map((d) => d.source)).toEqual([
      `${server.origin}/news/2024/0930-regulation.html`, // relative link, resolved against the feed URL
      'https://example.org/news/2024/1015-app.html',
      'https://example.org/news/2024/1101-fine.html',
    ]);
    expect(docs[1]!.title).toBe('工信部通报侵害用户权益行为的APP');
    expect(await getSource(db, s.id)).toMatchObject({ etag: '"rss-1"', errorStreak: 0, lastFound: 3 });

    const [second] = await runSources(db, open(), [s.id], { now });
    expect(second).toMatchObject({ status: 'not-modified', new: 0 });
    expect(await listDocuments(db)).toHaveLength(3);
    expect((await listRuns(db, s.id)).map((r) => [r.found, r.new, r.notModified])).toEqual([[3, 3, false], [0, 0, true]]);
  });

  it('adds nothing when a feed without validators sends the same entries again', async () => {
    const s = await addSource(db, { adapter: 'feed', url: `${server.origin}/plain.xml` }, NOW);
    await runSources(db, open(), [s.id], { now });
    const [again] = await runSources(db, open(), [s.id], { now });
    expect(again).toMatchObject({ status: 'ok', found: 3, new: 0 });
    expect(await listDocuments(db)).toHaveLength(3);
  });

  it('retries a 500 and then succeeds', async () => {
    const s = await addSource(db, { adapter: 'feed', url: `${server.origin}/flaky.xml` }, NOW);
    const [r] = await runSources(db, open(), [s.id], { now });
    expect(r).toMatchObject({ status: 'ok', new: 3 });
    expect(server.requests.filter((p) => p === '/flaky.xml')).toHaveLength(2);
  });

  it('refuses a redirect to 127.0.0.1 when private hosts are not allowed, backs the source off, and runs the others', async () => {
    const resolver = fakeResolver({ 'feeds.test': ['127.0.0.1'] });
    const http = new HttpClient(testOptions({ resolver, privateHostAllowlist: ['feeds.test'] }));
    const moved = await addSource(db, { adapter: 'feed', url: `http://feeds.test:${server.port}/moved`, intervalMinutes: 60 }, NOW);
    const good = await addSource(db, { adapter: 'feed', url: `http://feeds.test:${server.port}/plain.xml` }, NOW);
    const results = await runSources(db, http, null, { now });
    expect(results.map((r) => r.status)).toEqual(['failed', 'ok']);
    expect(results[0]!.error).toMatch(/127\.0\.0\.1 is a loopback address/);
    expect(results[1]!.new).toBe(3);
    expect(server.requests).not.toContain('/feed.xml');

    const row = (await getSource(db, moved.id))!;
    expect(row.errorStreak).toBe(1);
    expect(Date.parse(row.nextRunAt!) - NOW.getTime()).toBe(2 * 60 * 60_000); // interval × 2^streak
    expect((await dueSources(db, new Date(NOW.getTime() + 61 * 60_000))).map((s) => s.id)).toEqual([good.id]);
    expect((await listRuns(db, moved.id))[0]!.error).toMatch(/refused/);
  });

  it('keeps going when a source keeps failing, growing its backoff', async () => {
    const s = await addSource(db, { adapter: 'feed', url: `${server.origin}/broken.xml`, intervalMinutes: 30 }, NOW);
    const http = new HttpClient(testOptions({ allowPrivateHosts: true, maxRetries: 1 }));
    await runSources(db, http, [s.id], { now });
    const [r] = await runSources(db, http, [s.id], { now });
    expect(r).toMatchObject({ status: 'failed', error: expect.stringMatching(/HTTP 500/) as unknown });
    const row = (await getSource(db, s.id))!;
    expect(row.errorStreak).toBe(2);
    expect(Date.parse(row.nextRunAt!) - NOW.getTime()).toBe(4 * 30 * 60_000);
  });

  it('fetches list-page articles once and flags a list that suddenly comes back empty', async () => {
    const config = JSON.stringify({ list: { item: 'ul.news li', date: 'span' }, article: { title: 'h1', body: 'div.body' } });
    const s = await addSource(db, { adapter: 'list', url: `${server.origin}/list`, config }, NOW);
    const [first] = await runSources(db, open(), [s.id], { now });
    expect(first).toMatchObject({ status: 'ok', found: 2, new: 2, warning: null });
    expect((await listDocuments(db)).map((d) => d.title)).toEqual(['通报 1', '通报 2']);

    const [second] = await runSources(db, open(), [s.id], { now });
    expect(second).toMatchObject({ found: 2, new: 0 });
    expect(server.requests.filter((p) => p.startsWith('/a/'))).toHaveLength(2); // not fetched again

    listHtml = '<div class="redesigned"><a href="/a/1.html">一</a></div>';
    const [third] = await runSources(db, open(), [s.id], { now });
    expect(third).toMatchObject({ status: 'ok', found: 0 });
    expect(third!.warning).toMatch(/probable layout change: 0 items found, the last successful run found 2/);
  });

  it('checks adapter, URL and config when a source is added', async () => {
    await expect(addSource(db, { adapter: 'nope', url: 'https://x.test/' }, NOW)).rejects.toThrow(/no source adapter "nope"/);
    await expect(addSource(db, { adapter: 'feed', url: 'file:///etc/passwd' }, NOW)).rejects.toThrow(/the feed adapter takes http or https URLs/);
    await expect(addSource(db, { adapter: 'list', url: 'https://x.test/', config: '{"list":{}}' }, NOW)).rejects.toThrow(/list\.item/);
    const cac = await addSource(db, { adapter: 'cac' }, NOW);
    expect(cac).toMatchObject({ adapter: 'cac', url: 'https://www.cac.gov.cn/wxzw/wxfb/A093702index_1.htm', intervalMinutes: 360 });
    await expect(addSource(db, { adapter: 'cac' }, NOW)).rejects.toThrow(/already a cac source/);
  });

  it('checks an IMAP source URL together with its config when it is added', async () => {
    const config = JSON.stringify({ passwordEnv: 'REGWATCH_IMAP_NEWS' });
    await expect(addSource(db, { adapter: 'imap', url: 'imaps://mail.example.org/INBOX', config }, NOW)).rejects.toThrow(/no IMAP user/);
    await expect(addSource(db, { adapter: 'imap', url: 'imaps://100%user@mail.example.org/', config }, NOW)).rejects.toThrow(/not validly %-escaped/);
    expect(await addSource(db, { adapter: 'imap', url: 'imaps://news@mail.example.org/INBOX', config }, NOW)).toMatchObject({ adapter: 'imap' });
  });
});
