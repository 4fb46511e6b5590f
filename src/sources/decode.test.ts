import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBody } from './decode.ts';

const TEXT = '国家互联网信息办公室发布《网络数据安全管理条例》';

describe('decodeBody', () => {
  it('uses the Content-Type charset', () => {
    expect(decodeBody(iconv.encode(`<p>${TEXT}</p>`, 'gbk'), 'text/html; charset=GBK')).toBe(`<p>${TEXT}</p>`);
  });

  it('uses the XML declaration or <meta charset> when the header says nothing', () => {
    const xml = `<?xml version="1.0" encoding="GB2312"?><rss><title>${TEXT}</title></rss>`;
    expect(decodeBody(iconv.encode(xml, 'gb18030'), 'application/xml')).toBe(xml);
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>${TEXT}</body></html>`;
    expect(decodeBody(iconv.encode(html, 'gb18030'))).toBe(html);
  });

  it('reads UTF-8, and falls back to GB18030 for undeclared bytes that are not UTF-8', () => {
    expect(decodeBody(Buffer.from(TEXT, 'utf8'))).toBe(TEXT);
    expect(decodeBody(iconv.encode(TEXT, 'gbk'))).toBe(TEXT);
  });

  it('reads an undeclared UTF-16 page by its BOM, as files are read', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(`<p>${TEXT}</p>`, 'utf-16le')]);
    expect(decodeBody(bytes)).toBe(`<p>${TEXT}</p>`);
  });

  it('lets a byte order mark win over the header, <meta charset> and <?xml encoding>', () => {
    // Re-saved pages gain a BOM and keep a stale GBK declaration (WHATWG: the BOM wins).
    const html = `<html><head><meta charset="gbk"></head><body>${TEXT}</body></html>`;
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html, 'utf8')]);
    expect(decodeBody(utf8)).toBe(html);
    expect(decodeBody(utf8, 'text/html; charset=GBK')).toBe(html);
    const xml = `<?xml version="1.0" encoding="GB2312"?><rss><title>${TEXT}</title></rss>`;
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(xml, 'utf-16le')]);
    expect(decodeBody(utf16, 'application/rss+xml; charset=gb2312')).toBe(xml);
  });
});

