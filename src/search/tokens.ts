// Tokens for the full-text index. Chinese has no spaces, and a word list (jieba) hides words inside
// longer words (人民法院 inside 最高人民法院 is one jieba token), so Chinese runs are indexed as
// overlapping character bigrams and queried as bigram phrases: a text contains a Chinese string of
// two or more characters exactly when its bigrams appear consecutively. Latin words and numbers are
// indexed whole, lower-cased.

const CJK = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/u;
const RUN = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]+|[\p{L}\p{N}]+/gu;

/** Written between runs so that bigrams of two neighbouring runs never form a false phrase. */
const BREAK = 'zzbreak';

export function indexTokens(text: string): string {
  const out: string[] = [];
  for (const m of text.normalize('NFKC').matchAll(RUN)) {
    const run = m[0];
    if (CJK.test(run[0]!)) {
      if (out.length > 0) out.push(BREAK);
      const chars = Array.from(run);
      if (chars.length === 1) out.push(chars[0]!);
      for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
      out.push(BREAK);
    } else {
      out.push(run.toLowerCase());
    }
  }
  return out.join(' ');
}

/**
 * An FTS5 query expression matching texts that contain `term` (after NFKC), or null when the term
 * cannot be answered by the index (a single Chinese character): callers fall back to a scan.
 */
export function termQuery(term: string): string | null {
  const parts: string[] = [];
  for (const m of term.normalize('NFKC').matchAll(RUN)) {
    const run = m[0];
    if (CJK.test(run[0]!)) {
      const chars = Array.from(run);
      if (chars.length === 1) return null;
      for (let i = 0; i + 1 < chars.length; i++) parts.push(chars[i]! + chars[i + 1]!);
    } else {
      parts.push(run.toLowerCase());
    }
  }
  if (parts.length === 0) return null;
  return `"${parts.join(' ')}"`;
}
