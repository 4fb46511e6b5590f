import iconv from 'iconv-lite';
import { declaredCharset, headerCharset } from '../ingest/charset.ts';
import { decodeBytes, decodeWithBom } from '../ingest/decode.ts';

/**
 * Text of a fetched page or feed. A byte order mark wins (WHATWG encoding standard: a page re-saved
 * with a BOM often keeps a stale GBK declaration). Chinese government sites still serve GBK/GB2312
 * pages, so without a BOM the charset comes from the Content-Type header, else the XML declaration
 * or <meta charset>, else the file decoder's rules (src/ingest/decode.ts): UTF-16, strict UTF-8,
 * then the detected legacy encoding (GB18030, Big5). A binary body is an InputError there, not text
 * to store.
 */
export function decodeBody(body: Buffer, contentType = '', url = 'response'): string {
  const bom = decodeWithBom(body);
  if (bom) return bom.text;
  const declared = headerCharset(contentType) ?? declaredCharset(body);
  if (declared && declared !== 'utf-8') return iconv.decode(body, declared);
  if (body.length === 0) return '';
  return decodeBytes(body, url).text;
}
