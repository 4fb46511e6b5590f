import iconv from 'iconv-lite';

/**
 * Text of a fetched page or feed. Chinese government sites still serve GBK/GB2312 pages, so the
 * charset comes from the Content-Type header, else the XML declaration or <meta charset>, else
 * strict UTF-8, else GB18030 (a superset of GBK and GB2312, the likely legacy encoding here).
 */
export function decodeBody(body: Buffer, contentType = ''): string {
  const declared = charsetOf(contentType) ?? charsetOf(body.subarray(0, 2048).toString('latin1'), true);
  if (declared && declared !== 'utf-8' && iconv.encodingExists(declared)) return iconv.decode(body, declared);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(body);
  } catch {
    return iconv.decode(body, declared && iconv.encodingExists(declared) ? declared : 'gb18030');
  }
}

function charsetOf(text: string, inDocument = false): string | null {
  const re = inDocument ? /(?:<\?xml[^>]*encoding|<meta[^>]*charset)\s*=\s*["']?\s*([\w:.-]+)/i : /charset\s*=\s*["']?([\w:.-]+)/i;
  const name = re.exec(text)?.[1]?.toLowerCase();
  if (!name) return null;
  if (name === 'utf8') return 'utf-8';
  return /^(gbk|gb2312|gb_2312-80|x-gbk|cp936)$/.test(name) ? 'gb18030' : name;
}
