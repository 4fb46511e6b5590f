import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeed, SEED, seedPath } from '../../../test/helpers/seeds.ts';
import { ingestPaths } from '../../ingest/service.ts';
import { openStore } from '../../store/open.ts';
import type { Sql } from '../../store/sql.ts';
import { createApp } from '../app.ts';
import { addUser } from './accounts.ts';

// The real thing end to end: the app served on a free loopback port in login mode over a temp
// database, driven by Debian's Chromium. One seed is ingested from a temp copy so the test can
// publish a changed version of it at the same path.

const SHOTS = path.resolve(import.meta.dirname, '../../../artifacts/screenshots');
const CNKI = '国家互联网信息办公室对知网依法作出网络安全审查相关行政处罚';
const ORIGINAL = readSeed(SEED.report2023);
const HOSTILE = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">简评：罚款金额创新高';

let dir: string;
let file: string;
let db: Sql;
let sql: Sql;
let server: ServerType;
let evil: ServerType;
let base: string;
let evilBase: string;
let context: BrowserContext;
let page: Page;

function listen(fetch: (req: Request) => Response | Promise<Response>): Promise<{ server: ServerType; url: string }> {
  return new Promise((resolve) => {
    const s = serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve({ server: s, url: `http://127.0.0.1:${info.port}` }));
  });
}

async function currentItem(): Promise<number> {
  const row = await sql.get<{ id: number }>(
    `SELECT i.id FROM items i JOIN documents d ON d.id = i.document_id WHERE d.superseded_by IS NULL AND i.headline = ?`,
    [CNKI],
  );
  return row!.id;
}

async function signIn(name: string, password: string, target: string, screenshot?: string): Promise<void> {
  await page.goto(base + target);
  expect(new URL(page.url()).pathname).toBe('/login');
  if (screenshot) await page.screenshot({ path: path.join(SHOTS, screenshot) });
  await page.fill('#name', name);
  await page.fill('#password', password);
  await Promise.all([page.waitForURL((u) => u.pathname !== '/login'), page.click('button[type=submit]')]);
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regwatch-browser-'));
  file = path.join(dir, 'newsletter.txt');
  fs.writeFileSync(file, ORIGINAL);
  db = await openStore(path.join(dir, 'test.db'));
  sql = db;
  const others = Object.values(SEED).filter((s) => s !== SEED.report2023).map(seedPath);
  await ingestPaths(db, [...others, file], { maxFileBytes: 10 * 1024 * 1024 });
  await addUser(sql, 'editor1', 'editor', 'editor password 1');
  await addUser(sql, 'reader1', 'reader', 'reader password 1');
  const app = createApp(sql, { access: { mode: 'login', sessionTtlMs: 12 * 3600_000, secureCookies: false } });
  ({ server, url: base } = await listen(app.fetch));
  // Another site on the same machine (same-site for cookies, another origin) that tries a forged edit.
  ({ server: evil, url: evilBase } = await listen(
    (req) =>
      new Response(
        `<form id="f" method="post" action="${base}${new URL(req.url).searchParams.get('target')}">
           <input name="category" value="industry"><input name="region" value="伪造"></form>
         <script>document.getElementById('f').submit()</script>`,
        { headers: { 'content-type': 'text/html; charset=utf-8' } },
      ),
  ));
  context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox'],
  });
  // Playwright's own waits fail with a message naming what they waited for, before vitest's timeout.
  context.setDefaultTimeout(20_000);
  page = context.pages()[0] ?? (await context.newPage());
}, 120_000);

afterAll(async () => {
  await context?.close();
  await new Promise((r) => server?.close(r));
  await new Promise((r) => evil?.close(r));
  db?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('editing in the browser', () => {
  it('an editor signs in, corrects a field, and the correction survives a re-ingest of a changed version', async () => {
    const firstId = await currentItem();
    fs.mkdirSync(SHOTS, { recursive: true });
    await signIn('editor1', 'editor password 1', `/items/${firstId}/edit`, 'login.png');
    expect(new URL(page.url()).pathname).toBe(`/items/${firstId}/edit`);
    await page.fill('#region', '北京市海淀区');
    await page.fill('#tags', 'CNKI\n个人信息');
    await page.fill('#commentary', HOSTILE);
    await Promise.all([page.waitForURL(/saved=3/), page.click('form[action$="/edit"] button[type=submit]')]);
    expect(await page.textContent('[role=status]')).toContain('Saved 3 correction(s)');
    expect(await page.locator('[data-corrected=region]').textContent()).toContain('corrected by editor1');
    // The hostile commentary is shown as text in the form and the history; none of it ran.
    expect(await page.inputValue('#commentary')).toBe(HOSTILE);
    expect(await page.locator('table.history').textContent()).toContain('<script>window.__pwned = 1</script>');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.screenshot({ path: path.join(SHOTS, 'edit.png'), fullPage: true });

    // The publisher corrects another item of the newsletter: a new document version, new item ids.
    fs.writeFileSync(file, ORIGINAL.replace('并处 100 万元罚款', '并处 200 万元罚款'));
    const [result] = await ingestPaths(db, [file], { maxFileBytes: 10 * 1024 * 1024 });
    expect(result!.status).toBe('updated');
    const newId = await currentItem();
    expect(newId).not.toBe(firstId);

    await page.goto(`${base}/items/${newId}/edit`);
    expect(await page.inputValue('#region')).toBe('北京市海淀区');
    expect(await page.inputValue('#tags')).toBe('CNKI\n个人信息');
    expect(await page.locator('[data-corrected=region]').textContent()).toContain('corrected by editor1');
    expect(await page.locator('table.history tbody tr').count()).toBe(3);

    // The reading page of the new version, in the same app and layout, shows the corrections.
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/items/${newId}`);
    expect(await page.locator('header .user').innerText()).toBe('editor1 (editor)');
    expect(await page.locator('form[action="/logout"] input[name=_csrf]').inputValue()).toMatch(/^[\w-]{43}$/);
    expect(await page.locator('dd[data-field=region]').innerText()).toBe('北京市海淀区');
    expect(await page.locator('dt [data-corrected=region]').innerText()).toMatch(/^已更正 · editor1 · \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(await page.locator('dd[data-field=tags]').allInnerTexts()).toEqual(['CNKI', '个人信息']);
    expect(await page.locator('.commentary [data-corrected=commentary]').count()).toBe(1);
    expect(await page.locator('.commentary p').innerText()).toBe(HOSTILE);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('a.edit').getAttribute('href')).toBe(`/items/${newId}/edit`);
    await page.screenshot({ path: path.join(SHOTS, 'item-corrected.png'), fullPage: true });
    // Search lists the corrected values too, and the JSON API returns the corrected item.
    await page.goto(`${base}/search?q=${encodeURIComponent('知网 网络安全审查')}`);
    const hit = page.locator('li.hit', { has: page.locator(`a[href="/items/${newId}"]`) });
    expect(await hit.locator('.badge.region').innerText()).toBe('北京市海淀区');
    expect(await hit.locator('.badge.corrected').count()).toBe(1);
    const api = await page.evaluate(async (target) => (await fetch(target)).json(), `/api/items/${newId}`);
    expect(api.region).toBe('北京市海淀区');
    expect(api.tags).toEqual(['CNKI', '个人信息']);
    expect(errors).toEqual([]);
  }, 90_000);

  it('a forged POST from another origin is refused even with the editor signed in', async () => {
    const id = await currentItem();
    const before = await sql.get<{ n: number }>('SELECT COUNT(*) AS n FROM item_overrides');
    const response = page.waitForResponse((r) => r.url().startsWith(`${base}/items/${id}/edit`) && r.request().method() === 'POST');
    await page.goto(`${evilBase}/?target=${encodeURIComponent(`/items/${id}/edit`)}`);
    expect((await response).status()).toBe(403);
    expect(await sql.get<{ n: number }>('SELECT COUNT(*) AS n FROM item_overrides')).toEqual(before);
  });

  it('a reader sees no edit form, and an edit POST with the reader\'s own valid token is refused', async () => {
    await page.goto(`${base}/items/${await currentItem()}/edit`);
    await Promise.all([page.waitForURL(/\/login/), page.click('form[action="/logout"] button')]);
    const id = await currentItem();
    await signIn('reader1', 'reader password 1', `/items/${id}/edit`);
    expect(await page.locator('h1').textContent()).toBe('禁止访问');
    expect(await page.locator('form[action$="/edit"]').count()).toBe(0);
    const status = await page.evaluate(async (target) => {
      const token = (document.querySelector('input[name=_csrf]') as HTMLInputElement).value;
      const body = new URLSearchParams({ _csrf: token, category: 'industry', region: '读者' });
      return (await fetch(target, { method: 'POST', body })).status;
    }, `/items/${id}/edit`);
    expect(status).toBe(403);
    // The reader's item page shows the correction but no way to edit.
    await page.goto(`${base}/items/${id}`);
    expect(await page.locator('header .user').innerText()).toBe('reader1 (reader)');
    expect(await page.locator('dd[data-field=region]').innerText()).toBe('北京市海淀区');
    expect(await page.locator('[data-corrected=region]').count()).toBe(1);
    expect(await page.locator('a.edit').count()).toBe(0);
    // What the reader can read still shows the correction.
    const json = await page.evaluate(async (target) => (await fetch(target)).json(), `/api/items/${id}/corrections`);
    expect(json.values.region).toBe('北京市海淀区');
  }, 90_000);
});
