// Regular expressions built from word lists in data files. Longer words go first so that an
// alternation prefers `公开征求意见` to `征求意见`.

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `a|bb|ccc` as source text, longest first, for embedding in a larger pattern. */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
}

/** Any of the words, anywhere (for Chinese, which has no word boundaries). */
export function anyOf(words: readonly string[], flags = ''): RegExp {
  return new RegExp(alternation(words), flags);
}

/** Any of the words as whole words, case-insensitive (for English). */
export function wordsOf(words: readonly string[], flags = 'i'): RegExp {
  return new RegExp(`\\b(?:${alternation(words)})\\b`, flags);
}
