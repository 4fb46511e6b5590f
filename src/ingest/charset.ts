import iconv from 'iconv-lite';

// Charset names as pages and servers declare them, mapped to what iconv-lite decodes. Shared by the
// HTML reader and the source fetcher so both read a GBK government page the same way.

/** `gbk` → `gb18030` (a superset that also decodes GBK/GB2312 pages using GB18030-only characters). */
export function charsetName(declared: string): string | null {
  const name = declared.trim().toLowerCase();
  if (name === 'utf8' || name === 'utf-8') return 'utf-8';
  const iconvName = /^(gbk|gb2312|gb_2312-80|x-gbk|cp936)$/.test(name) ? 'gb18030' : name;
  return iconv.encodingExists(iconvName) ? iconvName : null;
}

/** The charset a document declares in its first bytes: `<meta charset>`, `http-equiv` or `<?xml encoding>`. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /(?:<\?xml[^>]*encoding|<meta[^>]+charset)\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  return m?.[1] ? charsetName(m[1]) : null;
}

/** The charset of a `Content-Type` header value. */
export function headerCharset(contentType: string): string | null {
  const m = /charset\s*=\s*["']?([\w:.-]+)/i.exec(contentType);
  return m?.[1] ? charsetName(m[1]) : null;
}
