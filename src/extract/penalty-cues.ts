// Builds regular expressions from the word lists in data/*.json. Chinese words tolerate the stray
// spaces PDF conversion leaves between characters (`罚 款`); Latin words match only as whole words,
// so `fine` does not fire inside `fine-tuned` or `may` inside `mayor`.

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function wordSource(word: string): string {
  const body = [...word]
    .map((ch) => (/\s/.test(ch) ? String.raw`\s+` : escape(ch)))
    .join(/[A-Za-z]/.test(word) ? '' : String.raw`\s*`);
  const lead = /^[A-Za-z]/.test(word) ? '(?<![A-Za-z])' : '';
  const tail = /[A-Za-z.]$/.test(word) ? '(?![A-Za-z-])' : '';
  return lead + body + tail;
}

/** One alternation of `words`, longest first so that `罚款` wins over `罚` at the same place. */
export function cueSource(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(wordSource)
    .join('|');
}

/**
 * A global regex for `words`. Latin words are case-insensitive only when `ignoreCase` is set;
 * `i` would also fold nothing in Chinese, so it is safe there.
 */
export function cueRegex(words: readonly string[], ignoreCase = false): RegExp {
  return new RegExp(`(?:${cueSource(words)})`, ignoreCase ? 'giu' : 'gu');
}

/** Whether any of `words` occurs in `text`. */
export function hasCue(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
}

/** True when the text is written in Latin script (decides which window rules apply). */
export function isLatin(word: string): boolean {
  return /^[A-Za-z]/.test(word.trim());
}
