import { XMLParser } from 'fast-xml-parser';
import { SourceFetchError } from '../errors.ts';
import { htmlFragmentToText } from '../../ingest/formats/html-text.ts';
import type { SourceEntry } from '../types.ts';

// RSS 2.0, RSS 1.0 (RDF), Atom and JSON Feed, all turned into SourceEntry. Feeds in the wild mix
// CDATA, entities, single items that the XML parser turns into objects instead of arrays, and
// text nodes with attributes; the small helpers below absorb those differences.

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  cdataPropName: false,
  trimValues: true,
  parseTagValue: false,
  processEntities: true,
  htmlEntities: true,
});

type Node = Record<string, unknown>;

export function parseFeed(body: string, feedUrl: string): SourceEntry[] {
  const trimmed = body.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('{')) return parseJsonFeed(trimmed, feedUrl);
  let doc: Node;
  try {
    doc = parser.parse(trimmed) as Node;
  } catch (err) {
    throw new SourceFetchError(feedUrl, 'parse', `not a feed: ${(err as Error).message}`);
  }
  const rss = obj(doc.rss);
  if (rss) return list(obj(rss.channel)?.item).map((i) => rssItem(i, feedUrl));
  const rdf = obj(doc['rdf:RDF']);
  if (rdf) return list(rdf.item).map((i) => rssItem(i, feedUrl));
  const atom = obj(doc.feed);
  if (atom) return list(atom.entry).map((e) => atomEntry(e, feedUrl));
  throw new SourceFetchError(feedUrl, 'parse', 'not a feed: no <rss>, <rdf:RDF> or <feed> root element');
}

function rssItem(item: Node, base: string): SourceEntry {
  const html = text(item['content:encoded']) ?? text(item.description);
  return entry(base, text(item.link) ?? text(item.guid), text(item.title), text(item.pubDate) ?? text(item['dc:date']), html);
}

function atomEntry(e: Node, base: string): SourceEntry {
  const links = list(e.link);
  const alt = links.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate') ?? links[0];
  const href = alt ? text(alt['@_href']) : null;
  const html = text(e.content) ?? text(e.summary);
  return entry(base, href ?? text(e.id), text(e.title), text(e.published) ?? text(e.updated), html);
}

function parseJsonFeed(body: string, feedUrl: string): SourceEntry[] {
  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch (err) {
    throw new SourceFetchError(feedUrl, 'parse', `not a JSON feed: ${(err as Error).message}`);
  }
  const items = obj(doc)?.items;
  if (!Array.isArray(items)) throw new SourceFetchError(feedUrl, 'parse', 'not a JSON feed: no "items" array');
  return items.map((raw) => {
    const i = obj(raw) ?? {};
    const html = text(i.content_html);
    const e = entry(feedUrl, text(i.url) ?? text(i.id), text(i.title), text(i.date_published) ?? text(i.date_modified), html);
    if (!html && text(i.content_text)) e.text = text(i.content_text);
    return e;
  });
}

function entry(base: string, link: string | null, title: string | null, date: string | null, html: string | null): SourceEntry {
  if (!link) throw new SourceFetchError(base, 'parse', `feed entry "${title ?? '(untitled)'}" has no link`);
  let url: string;
  try {
    url = new URL(link, base).href;
  } catch {
    throw new SourceFetchError(base, 'parse', `feed entry "${title ?? '(untitled)'}" has an invalid link: ${link}`);
  }
  return {
    url,
    title: title ? htmlFragmentToText(title) : null,
    date: isoDate(date),
    html,
    text: html ? htmlFragmentToText(html) : null,
  };
}

/** ISO date-time for anything Date can parse (RFC 822, RFC 3339); the raw value otherwise. */
export function isoDate(value: string | null): string | null {
  if (!value) return null;
  // Date alone reads a bare "12" as 2001-12-01; a real feed date always carries its year.
  if (!/\d{4}/.test(value)) return value;
  const t = Date.parse(value);
  return Number.isNaN(t) ? value : new Date(t).toISOString();
}

function obj(v: unknown): Node | null {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Node) : null;
}

function list(v: unknown): Node[] {
  const arr = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  return arr.map((x) => (typeof x === 'string' ? { '#text': x } : (obj(x) ?? {})));
}

function text(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  const o = obj(v);
  if (o && '#text' in o) return text(o['#text']);
  return null;
}
