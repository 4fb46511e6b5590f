import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceFetchError } from '../errors.ts';
import { isoDate, parseFeed } from './feed-parse.ts';

const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, '../__fixtures__/feeds', name), 'utf8');

describe('parseFeed', () => {
  it('reads RSS 2.0 with content:encoded, escaped and CDATA descriptions, and relative links', () => {
    const entries = parseFeed(fixture('rss.xml'), 'https://example.org/feed.xml');
    expect(entries.map((e) => e.url)).toEqual([
      'https://example.org/news/2024/0930-regulation.html',
      'https://example.org/news/2024/1015-app.html',
      'https://example.org/news/2024/1101-fine.html',
    ]);
    expect(entries[0]!.title).toBe('国家网信办发布《网络数据安全管理条例》');
    expect(entries[0]!.date).toBe('2024-09-30T00:00:00.000Z');
    expect(entries[0]!.text).toBe('2024年9月30日，国务院总理李强签署国务院令，公布《网络数据安全管理条例》，自2025年1月1日起施行。\n条例共9章64条。');
    expect(entries[1]!.text).toBe('工业和信息化部通报了23款存在侵害用户权益行为的APP。');
    expect(entries[2]!.html).toContain('第六十六条');
  });

  it('reads Atom: alternate link, html title, published before updated, summary when no content', () => {
    const entries = parseFeed(fixture('atom.xml'), 'https://example.eu/feed');
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ url: 'https://example.eu/news/2024/consent-or-pay_en', title: 'EDPB adopts opinion on consent or pay', date: '2024-04-17T09:00:00.000Z' });
    expect(entries[1]!.text).toBe('The Irish supervisory authority imposed a fine of EUR 265 million.');
  });

  it('reads JSON Feed, html or text content', () => {
    const entries = parseFeed(fixture('feed.json'), 'https://example.net/feed.json');
    expect(entries.map((e) => [e.url, e.date])).toEqual([
      ['https://example.net/a', '2024-03-22T00:00:00.000Z'],
      ['https://example.net/b', null],
    ]);
    expect(entries[1]!.text).toBe('TC260 issued a practice guide.');
  });

  it('says clearly when the body is not a feed', () => {
    expect(() => parseFeed('<html><body>hi</body></html>', 'https://x.test/')).toThrow(SourceFetchError);
    expect(() => parseFeed('<html><body>hi</body></html>', 'https://x.test/')).toThrow(/not a feed/);
  });

  it('reports an entry with an unparsable link as a feed error', () => {
    const rss = '<rss><channel><item><title>t</title><link>http://[bad</link></item></channel></rss>';
    expect(() => parseFeed(rss, 'https://x.test/')).toThrow(SourceFetchError);
    expect(() => parseFeed(rss, 'https://x.test/')).toThrow(/invalid link/);
  });

  it('converts dates that carry a year and keeps any other value as given', () => {
    expect(isoDate('Mon, 30 Sep 2024 08:00:00 +0800')).toBe('2024-09-30T00:00:00.000Z');
    expect(isoDate('12')).toBe('12');
  });
});
