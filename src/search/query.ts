import { QueryError } from '../errors.ts';
import { CATEGORIES } from '../extract/types.ts';

// The search box language: free words (all must occur), "quoted phrases", -exclusions and
// field filters. Parsing is separate from execution so the web app and the CLI share it.

export interface ParsedQuery {
  terms: string[];
  excluded: string[];
  category?: string;
  region?: string;
  authority?: string;
  law?: string;
  after?: string;
  before?: string;
}

const FIELDS = ['category', 'region', 'authority', 'law', 'after', 'before'] as const;
type Field = (typeof FIELDS)[number];
const TOKEN = /(-?)(?:([A-Za-z]+):)?(?:"([^"]*)"|“([^”]*)”|(\S+))/g;
const DATE = /^\d{4}-\d{2}(-\d{2})?$/;

export function parseQuery(input: string): ParsedQuery {
  const q: ParsedQuery = { terms: [], excluded: [] };
  if ((input.match(/"/g) ?? []).length % 2 === 1) throw new QueryError('unbalanced quote in query');
  for (const m of input.matchAll(TOKEN)) {
    const [, neg, field, quoted, curly, bare] = m;
    const value = (quoted ?? curly ?? bare ?? '').trim();
    if (field) {
      const f = field.toLowerCase();
      if (!(FIELDS as readonly string[]).includes(f)) {
        throw new QueryError(`unknown field "${field}:"; use one of ${FIELDS.map((x) => x + ':').join(' ')}`);
      }
      if (value === '') throw new QueryError(`"${field}:" needs a value`);
      setField(q, f as Field, value);
      continue;
    }
    if (value === '') continue;
    (neg ? q.excluded : q.terms).push(value);
  }
  return q;
}

function setField(q: ParsedQuery, f: Field, value: string): void {
  if ((f === 'after' || f === 'before') && !DATE.test(value)) {
    throw new QueryError(`"${f}:" needs a date like 2023-09-01, got "${value}"`);
  }
  if (f === 'category' && !(CATEGORIES as readonly string[]).includes(value)) {
    throw new QueryError(`unknown category "${value}"; use one of ${CATEGORIES.join(', ')}`);
  }
  q[f] = value;
}
