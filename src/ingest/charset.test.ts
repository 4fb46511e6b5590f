import { describe, expect, it } from 'vitest';
import { charsetName, declaredCharset, headerCharset } from './charset.ts';

describe('charsets', () => {
  it.each([
    ['GBK', 'gb18030'],
    ['gb2312', 'gb18030'],
    ['UTF8', 'utf-8'],
    ['Big5', 'big5'],
    ['no-such-charset', null],
  ])('%s decodes as %s', (declared, expected) => {
    expect(charsetName(declared)).toBe(expected);
  });

  it.each([
    ['<meta charset="gb2312">', 'gb18030'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=GBK">', 'gb18030'],
    ['<?xml version="1.0" encoding="GB2312"?><rss>', 'gb18030'],
    ['<html><body>无声明</body></html>', null],
  ])('reads the declaration in %s', (head, expected) => {
    expect(declaredCharset(Buffer.from(head))).toBe(expected);
  });

  it('reads the Content-Type header', () => {
    expect(headerCharset('text/html; charset="gbk"')).toBe('gb18030');
    expect(headerCharset('text/html')).toBeNull();
  });
});
