import iconv from 'iconv-lite';
import { declaredCharset, headerCharset } from '../ingest/charset.ts';

/**
 * Text of a fetched page or feed. Chinese government sites still serve GBK/GB2312 pages, so the
 * charset comes from the Content-Type header, else the XML declaration or <meta charset>, else
 * strict UTF-8, else GB18030 (a superset of GBK and GB2312, the likely legacy encoding here).
 */
export function decodeBody(body: Buffer, contentType = ''): string {
  const declared = headerCharset(contentType) ?? declaredCharset(body);
  if (declared && declared !== 'utf-8') return iconv.decode(body, declared);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(body);
  } catch {
    return iconv.decode(body, 'gb18030');
  }
}
