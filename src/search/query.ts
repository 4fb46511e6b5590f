import { QueryError } from '../errors.ts';
import { CATEGORIES } from '../extract/types.ts';

// The search box language: free words (all must occur), "quoted phrases", -exclusions and
// field filters. Parsing is separate from execution so the web app and the CLI share it.
//
//   知网 "数据出境" -草案 category:enforcement region:江苏 authority:网信办 law:数据安全法
//   article:45 topic:cross-border after:2023-09-01 before:2023-12-31 fine>=100000

export interface ParsedQuery {
  terms: string[];
  excluded: string[];
  category?: string;
  region?: string;
  authority?: string;
  law?: string;
  article?: number;
  topic?: string;
  after?: string;
  before?: string;
  fineMin?: number;
  fineMax?: number;
}

const FIELDS = ['category', 'region', 'authority', 'law', 'article', 'topic', 'after', 'before', 'fine'] as const;
type Field = (typeof FIELDS)[number];
const TOKEN = /(-?)(?:([A-Za-z]+)(:|>=|<=|>|<|=))?(?:"([^"]*)"|“([^”]*)”|(\S+))/g;
const DATE = /^\d{4}-(\d{2})(?:-(\d{2}))?$/;

export function parseQuery(input: string): ParsedQuery {
  const q: ParsedQuery = { terms: [], excluded: [] };
  // PostgreSQL refuses text with NUL, which would reach it in a filter value (law:a%00b in a URL).
  if (/[\u0000-\u0008\u000E-\u001F\u007F]/.test(input)) throw new QueryError('control character in query');
  if ((input.match(/"/g) ?? []).length % 2 === 1) throw new QueryError('unbalanced quote in query');
  for (const m of input.matchAll(TOKEN)) {
    const [, neg, field, op, quoted, curly, bare] = m;
    const value = (quoted ?? curly ?? bare ?? '').trim();
    if (field) {
      const f = field.toLowerCase();
      if (!(FIELDS as readonly string[]).includes(f)) {
        throw new QueryError(`unknown field "${field}${op}"; use one of ${FIELDS.filter((x) => x !== 'fine').map((x) => x + ':').join(' ')} fine>=N fine<=N`);
      }
      if (value === '') throw new QueryError(`"${field}${op}" needs a value`);
      setField(q, f as Field, op!, value);
      continue;
    }
    if (value === '') continue;
    (neg ? q.excluded : q.terms).push(value);
  }
  return q;
}

function setField(q: ParsedQuery, f: Field, op: string, value: string): void {
  if (f === 'fine') return setFine(q, op, value);
  if (op !== ':') throw new QueryError(`"${f}" takes "${f}:value", not "${f}${op}"`);
  switch (f) {
    case 'after':
    case 'before': {
      const m = DATE.exec(value);
      const month = Number(m?.[1]);
      const day = m?.[2] === undefined ? 1 : Number(m[2]);
      if (!m || month < 1 || month > 12 || day < 1 || day > 31) {
        throw new QueryError(`"${f}:" needs a date like 2023-09-01, got "${value}"`);
      }
      // Dates compare as text; `before:2023-09` includes September, as `before:2023-09-30` would.
      q[f] = f === 'before' && m[2] === undefined ? `${value}-31` : value;
      return;
    }
    case 'category':
      if (!(CATEGORIES as readonly string[]).includes(value)) {
        throw new QueryError(`unknown category "${value}"; use one of ${CATEGORIES.join(', ')}`);
      }
      q.category = value;
      return;
    case 'article': {
      const n = Number(value.replace(/^第|条$/g, ''));
      if (!Number.isInteger(n) || n <= 0) throw new QueryError(`"article:" needs an article number like 45, got "${value}"`);
      q.article = n;
      return;
    }
    default:
      q[f] = value;
  }
}

function setFine(q: ParsedQuery, op: string, value: string): void {
  const n = Number(value.replace(/,/g, ''));
  if (!Number.isFinite(n) || n < 0) throw new QueryError(`"fine${op}" needs an amount like 100000, got "${value}"`);
  if (op === '>=' || op === '>') q.fineMin = op === '>' ? n + 0.01 : n;
  else if (op === '<=' || op === '<') q.fineMax = op === '<' ? n - 0.01 : n;
  else if (op === '=' || op === ':') q.fineMin = q.fineMax = n;
}
