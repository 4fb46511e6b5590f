// Tokens for the full-text index. Chinese has no spaces, and a word list (jieba) hides words inside
// longer words (人民法院 inside 最高人民法院 is one jieba token), so Chinese runs are indexed as
// overlapping character bigrams and queried as bigram phrases: a text contains a Chinese string of
// two or more characters exactly when its bigrams appear consecutively. Latin words and numbers are
// indexed whole, lower-cased (a query finds whole Latin words, not parts of them).

const CJK_CLASS = '\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF';
const RUN = new RegExp(`[${CJK_CLASS}]+|[^\\s\\p{P}\\p{S}\\p{C}${CJK_CLASS}]+`, 'gu');
const CJK_START = new RegExp(`^[${CJK_CLASS}]`, 'u');

/**
 * Written where runs are separated by spaces or punctuation, so that the bigrams of `数据，据此`
 * never read as the phrase 数据据此; runs that touch (`5000万元`) stay adjacent.
 */
const BREAK = 'zzbreak';

function tokens(text: string): { tokens: string[]; singleCjk: boolean } {
  const out: string[] = [];
  let singleCjk = false;
  let end = -1;
  for (const m of text.normalize('NFKC').matchAll(RUN)) {
    const run = m[0];
    if (end >= 0 && m.index > end && out[out.length - 1] !== BREAK) out.push(BREAK);
    end = m.index + run.length;
    if (CJK_START.test(run)) {
      const chars = Array.from(run);
      if (chars.length === 1) {
        singleCjk = true;
        out.push(chars[0]!);
      }
      for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
    } else {
      out.push(run.toLowerCase());
    }
  }
  return { tokens: out, singleCjk };
}

export function indexTokens(text: string): string {
  return tokens(text).tokens.join(' ');
}

/** Index tokens of a text as a list (what `indexTokens` joins). */
export function tokenList(text: string): string[] {
  return tokens(text).tokens;
}

/**
 * The tokens a text must contain consecutively to contain `term` (after NFKC; spaces and punctuation
 * inside the term match any separator), or null when the index cannot answer it (a lone Chinese
 * character, which is not indexed on its own inside longer runs): callers then scan the text.
 */
export function termTokens(term: string): string[] | null {
  const { tokens: list, singleCjk } = tokens(term);
  if (singleCjk || list.length === 0) return null;
  return list;
}

/** The term as an FTS5 phrase, or null (see `termTokens`). */
export function termQuery(term: string): string | null {
  const list = termTokens(term);
  return list && `"${list.join(' ')}"`;
}

/** True when `phrase` occurs as consecutive tokens in `list`. */
export function containsPhrase(list: readonly string[], phrase: readonly string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= list.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (list[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}
