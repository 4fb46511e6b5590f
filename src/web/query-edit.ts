import { quoteValue } from './data/dashboard.ts';

// Editing the search box text from links: facets add `field:value`, active-filter chips remove it.
// Tokens are split like the query parser splits them (quoted values stay whole).

const TOKEN = /-?(?:[A-Za-z]+(?::|>=|<=|>|<|=))?(?:"[^"]*"|“[^”]*”|\S+)/g;

export function tokens(q: string): string[] {
  return q.match(TOKEN) ?? [];
}

export function filterToken(field: string, value: string): string {
  return `${field}:${quoteValue(value)}`;
}

/** The query with a filter added, replacing an earlier value of the same single-valued field. */
export function withFilter(q: string, field: string, value: string): string {
  const kept = tokens(q).filter((t) => !t.toLowerCase().startsWith(`${field}:`));
  return [...kept, filterToken(field, value)].join(' ');
}

/** The query with a year facet applied as a date range. */
export function withYear(q: string, year: string): string {
  const kept = tokens(q).filter((t) => !/^(after|before):/i.test(t));
  return [...kept, `after:${year}-01-01`, `before:${year}-12-31`].join(' ');
}

export function without(q: string, token: string): string {
  return tokens(q).filter((t) => t !== token).join(' ');
}

/** Field tokens of the query (the active filters), in order. */
export function filterTokens(q: string): string[] {
  return tokens(q).filter((t) => /^[A-Za-z]+(?::|>=|<=|>|<|=)/.test(t));
}

export function searchUrl(q: string, extra: Record<string, string> = {}): string {
  const p = new URLSearchParams({ q, ...extra });
  return `/search?${p.toString()}`;
}
