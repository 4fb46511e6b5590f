import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { search } from '../search/search.ts';
import type { Sql } from '../store/sql.ts';
import { webDb } from './__fixtures__/web-db.ts';
import { createApp } from './app.ts';

// The web app in Debian's Chromium (headless), served on a free loopback port over the seeds, the
// law texts and a hostile document. One browser for the file; every wait is on a selector or a
// navigation, never on time.

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = path.resolve(import.meta.dirname, '../../artifacts/screenshots');

let db: Sql;
let xssItemId: number;
let server: ServerType;
let base: string;
let context: BrowserContext;
let userDir: string;

beforeAll(async () => {
  ({ db, xssItemId } = await webDb());
  // Facets above 0 matches come from /search/facets: every facet click below goes through the
  // results-first path that large corpora take (app.js fetches the counts after the results).
  const app = createApp(db, { today: () => '2026-11-23', facetsInlineUpTo: 0 });
  server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  userDir = fs.mkdtempSync(path.join(os.tmpdir(), 'regwatch-chromium-'));
  context = await chromium.launchPersistentContext(userDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--no-sandbox'],
  });
  fs.mkdirSync(SHOTS, { recursive: true });
}, 60_000);

afterAll(async () => {
  await context?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (userDir) fs.rmSync(userDir, { recursive: true, force: true });
});

async function newPage(): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  return { page, problems };
}

describe('in the browser', () => {
  it('finds 知网, shows the fine highlighted and listed, and follows the 网络安全法 link to its articles', async () => {
    const { page, problems } = await newPage();
    await page.goto(`${base}/search`);
    await page.getByLabel('搜索条目').fill('知网');
    await Promise.all([page.waitForURL(/\/search\?q=/), page.getByRole('button', { name: '搜索' }).click()]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('知网');
    // The facet counts arrive after the results (see the app's facetsInlineUpTo above).
    await page.locator('[data-facet="category"]').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'search.png') });
    await Promise.all([page.waitForURL(/\/items\/\d+$/), page.getByRole('link', { name: /国家互联网信息办公室对知网/ }).click()]);
    const mark = page.locator('#item-text mark.v-penalty');
    expect(await mark.innerText()).toContain('5000万元');
    // Highlighted means drawn differently from the text around it.
    const colours = await mark.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el.parentElement!).backgroundColor]);
    expect(colours[0]).not.toBe(colours[1]);
    expect(await page.locator('dd[data-field="penalty"]').innerText()).toContain('5000万元');
    await page.screenshot({ path: path.join(SHOTS, 'item.png') });
    await Promise.all([page.waitForURL(/\/laws\/cn\.law\.cybersecurity$/), page.getByRole('link', { name: '《网络安全法》' }).click()]);
    expect(await page.locator('h1').innerText()).toBe('中华人民共和国网络安全法');
    // The 知网 item names the law without an article; an article it is often cited by is one click further.
    const cited = page.locator('ol.articles li', { has: page.locator('.cites') }).first().locator('a');
    const label = await cited.innerText();
    await Promise.all([page.waitForURL(/\/articles\/\d+/), cited.click()]);
    expect(await page.locator('h1').innerText()).toContain(label);
    expect(await page.locator('.citing li').count()).toBeGreaterThan(0);
    await page.waitForSelector('#chart-citations[data-ready]');
    await page.screenshot({ path: path.join(SHOTS, 'law-article.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('applies two facets, and the back button restores the URL and the results', async () => {
    const { page, problems } = await newPage();
    await page.goto(`${base}/search?q=${encodeURIComponent('网信办')}`);
    const total0 = await page.locator('#total strong').innerText();
    await Promise.all([page.waitForURL(/category%3Aenforcement/), page.locator('[data-facet="category"] a', { hasText: '执法' }).click()]);
    const url1 = page.url();
    const total1 = await page.locator('#total strong').innerText();
    const region = page.locator('[data-facet="region"] a').first();
    const place = await region.locator('.label').innerText();
    await Promise.all([page.waitForURL(/region%3A/), region.click()]);
    const q2 = new URL(page.url()).searchParams.get('q')!;
    expect(q2).toBe(`网信办 category:enforcement region:${place}`);
    expect(await page.locator('#total strong').innerText()).toBe(String((await search(db, q2)).total));
    expect(await page.locator('#q').inputValue()).toBe(q2);
    await page.goBack();
    expect(page.url()).toBe(url1);
    expect(await page.locator('#total strong').innerText()).toBe(total1);
    expect(await page.locator('#q').inputValue()).toBe('网信办 category:enforcement');
    await page.goBack();
    expect(await page.locator('#total strong').innerText()).toBe(total0);
    expect(Number(total0)).toBeGreaterThan(Number(total1));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('draws the dashboard charts from their data and opens the search for a clicked bar', async () => {
    const { page, problems } = await newPage();
    await page.goto(`${base}/dashboard`);
    await page.waitForSelector('.chart[data-ready]');
    const charts = await page.evaluate(() => {
      const echarts = (window as unknown as { echarts: { getInstanceByDom(el: Element): { getOption(): { series: { data: number[] }[] } } | undefined } }).echarts;
      return [...document.querySelectorAll('.chart')].map((el) => {
        const spec = JSON.parse(el.getAttribute('data-chart')!) as { values: number[] };
        const series = echarts.getInstanceByDom(el)?.getOption().series ?? [];
        return { id: el.id, expected: spec.values, drawn: series[0]?.data ?? [], canvas: el.querySelector('canvas') !== null };
      });
    });
    expect(charts.map((c) => c.id)).toEqual(['chart-months', 'chart-authorities', 'chart-regions', 'chart-articles', 'chart-topics']);
    for (const c of charts) {
      expect(c.canvas).toBe(true);
      expect(c.drawn.length).toBeGreaterThan(0);
      expect([...c.drawn].sort()).toEqual([...c.expected].sort());
    }
    await page.screenshot({ path: path.join(SHOTS, 'dashboard.png'), fullPage: true });
    // Click the top bar of the region chart where echarts says it is drawn.
    const target = await page.evaluate(() => {
      const el = document.getElementById('chart-regions')!;
      const spec = JSON.parse(el.getAttribute('data-chart')!) as { labels: string[]; values: number[]; links: string[] };
      const chart = (window as unknown as { echarts: { getInstanceByDom(el: Element): { convertToPixel(f: object, v: [number, string]): [number, number] } } }).echarts.getInstanceByDom(el);
      const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, [spec.values[0]! / 2, spec.labels[0]!]);
      const box = el.getBoundingClientRect();
      return { x: box.left + x, y: box.top + y + window.scrollY, link: spec.links[0]! };
    });
    await page.evaluate((y) => window.scrollTo(0, y - 300), target.y);
    const scroll = await page.evaluate(() => window.scrollY);
    await Promise.all([page.waitForURL(/\/search\?q=/), page.mouse.click(target.x, target.y - scroll)]);
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(target.link);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('renders a document with script tags, onerror images and javascript: links inert, as text', async () => {
    const { page, problems } = await newPage();
    let violations = 0;
    await page.exposeFunction('cspViolation', () => (violations += 1));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', () => (window as unknown as { cspViolation(): void }).cspViolation()),
    );
    await page.goto(`${base}/items/${xssItemId}`);
    expect(await page.locator('h1').innerText()).toContain('<script>alert("xss-title")</script>');
    const text = await page.locator('#item-text').innerText();
    expect(text).toContain('<script>alert("xss-body")</script>');
    expect(text).toContain(`<img src=x onerror="alert('xss-img')">`);
    expect(text).toContain("[恶意链接](javascript:alert('xss-link'))");
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    const inlineScripts = await page.evaluate(() => [...document.scripts].filter((s) => !s.src).length);
    expect(inlineScripts).toBe(0);
    await page.goto(`${base}/search?q=xss`);
    expect(await page.locator('.hit h3').innerText()).toContain('<script>');
    expect(problems).toEqual([]);
    expect(violations).toBe(0);
    await page.close();
  });
});
