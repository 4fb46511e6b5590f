import * as cheerio from 'cheerio';
import { InputError } from '../../errors.ts';
import { decodeBody } from '../decode.ts';
import { SourceFetchError } from '../errors.ts';
import { htmlToText } from '../../ingest/formats/html-text.ts';
import type { HttpClient } from '../http.ts';
import type { AdapterContext, AdapterResult, SourceAdapter, SourceEntry } from '../types.ts';
import { listConfigSchema, type ListConfig } from './list-config.ts';

export const listAdapter: SourceAdapter = {
  id: 'list',
  name: 'List page → article pages (configured by CSS selectors)',
  kind: 'list',
  validateConfig(config) {
    parseListConfig(config, 'list');
  },
  fetch: (ctx) => fetchList(ctx, parseListConfig(ctx.config, ctx.url)),
};

export function parseListConfig(config: unknown, label: string): ListConfig {
  const parsed = listConfigSchema.safeParse(config ?? {});
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.') || 'config'}: ${i.message}`);
    throw new InputError(label, `invalid list-page config: ${lines.join('; ')}`);
  }
  return parsed.data;
}

interface Listed {
  url: string;
  title: string | null;
  date: string | null;
}

async function fetchList(ctx: AdapterContext, cfg: ListConfig): Promise<AdapterResult> {
  const first = await ctx.http.get(ctx.url, { etag: ctx.etag, lastModified: ctx.lastModified });
  if (first.status === 'not-modified') {
    return { notModified: true, found: 0, entries: [], etag: ctx.etag, lastModified: ctx.lastModified, problems: [] };
  }
  const listed: Listed[] = [];
  const seen = new Set<string>();
  let page: { url: string; html: string } | null = { url: first.url, html: decodeBody(first.body, first.contentType, first.url) };
  const maxPages = cfg.pagination?.maxPages ?? 1;
  for (let n = 1; page && n <= maxPages; n++) {
    const $ = cheerio.load(page.html);
    for (const item of listItems($, page.url, cfg)) {
      if (seen.has(item.url)) continue;
      seen.add(item.url);
      listed.push(item);
    }
    const nextUrl: string | null = n < maxPages ? nextPageUrl($, page.url, ctx.url, cfg, n) : null;
    page = nextUrl ? await getPage(ctx.http, nextUrl) : null;
  }

  const entries: SourceEntry[] = [];
  const problems: string[] = [];
  for (const item of listed.filter((l) => !ctx.isKnown(l.url)).slice(0, cfg.maxArticles)) {
    try {
      entries.push(await fetchArticle(ctx.http, item, cfg));
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      problems.push(err.message);
    }
  }
  return { notModified: false, found: listed.length, entries, etag: first.etag, lastModified: first.lastModified, problems };
}

function listItems($: cheerio.CheerioAPI, pageUrl: string, cfg: ListConfig): Listed[] {
  const out: Listed[] = [];
  $(cfg.list.item).each((_, el) => {
    const item = $(el);
    const link = item.is(cfg.list.link) ? item : item.find(cfg.list.link).first();
    const href = link.attr('href')?.trim();
    if (!href || /^(javascript|mailto):/i.test(href) || href.startsWith('#')) return;
    const title = cfg.list.title ? item.find(cfg.list.title).first().text() : link.attr('title') || link.text();
    const date = cfg.list.date ? item.find(cfg.list.date).first().text() : null;
    const url = resolveHref(href, pageUrl);
    // One broken link on a list page is skipped; it must not fail the whole source.
    if (url) out.push({ url, title: clean(title), date: listDate(date) });
  });
  return out;
}

function nextPageUrl($: cheerio.CheerioAPI, pageUrl: string, listUrl: string, cfg: ListConfig, n: number): string | null {
  const p = cfg.pagination;
  if (!p) return null;
  if (p.next) {
    const href = $(p.next).first().attr('href')?.trim();
    return href && !href.startsWith('javascript:') ? resolveHref(href, pageUrl) : null;
  }
  if (p.pattern) return new URL(p.pattern.replace('{n}', String(p.start + n - 1)), listUrl).href;
  return null;
}

async function getPage(http: HttpClient, url: string): Promise<{ url: string; html: string } | null> {
  try {
    const res = await http.get(url);
    return res.status === 'ok' ? { url: res.url, html: decodeBody(res.body, res.contentType, res.url) } : null;
  } catch (err) {
    // A pattern may run past the last page: a 404 there is the end of the list, not a failure.
    if (err instanceof SourceFetchError && err.status === 404) return null;
    throw err;
  }
}

async function fetchArticle(http: HttpClient, item: Listed, cfg: ListConfig): Promise<SourceEntry> {
  const res = await http.get(item.url);
  if (res.status !== 'ok') throw new SourceFetchError(item.url, 'http-status', 'unexpected 304 for an unconditional request', 304);
  const html = decodeBody(res.body, res.contentType, res.url);
  const $ = cheerio.load(html);
  const a = cfg.article;
  const body = a ? $(a.body).first() : $('body');
  if (body.length === 0) throw new SourceFetchError(item.url, 'parse', `article body "${a?.body ?? 'body'}" not found (page layout changed?)`);
  const title = (a?.title ? clean($(a.title).first().text()) : null) ?? item.title;
  const date = (a?.date ? listDate($(a.date).first().text()) : null) ?? item.date;
  return { url: res.url, title, date, html: $.html(body), text: htmlToText($, body, { plain: true }) };
}

function resolveHref(href: string, pageUrl: string): string | null {
  try {
    return new URL(href, pageUrl).href;
  } catch {
    return null;
  }
}

function clean(s: string | null | undefined): string | null {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}

/** Dates as government pages print them: 2024-03-22, 2024/3/22, 2024.03.22, 2024年3月22日. */
export function listDate(raw: string | null | undefined): string | null {
  const m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(raw ?? '');
  if (!m) {
    // English pages (EDPB: "22 March 2024") parse with Date; anything else is kept as printed.
    // Date alone reads a bare "12" (a day, a view count) as 2001-12-01, so a year and a month name are required.
    if (!/\d{4}/.test(raw ?? '') || !/[a-z]{3}/i.test(raw ?? '')) return clean(raw);
    const t = Date.parse(`${raw ?? ''} UTC`);
    return Number.isNaN(t) ? clean(raw) : new Date(t).toISOString().slice(0, 10);
  }
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}
