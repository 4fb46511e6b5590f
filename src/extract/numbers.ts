import numerals from './data/numerals.json' with { type: 'json' };

// Number words as this genre writes them: Arabic digits with thousands separators, Chinese
// numerals in everyday, financial (大写) and traditional spelling, the two mixed (`1.2万`,
// `4億500萬`), and years read digit by digit (`二〇二三`). nzh decodes only part of this (it
// reads `二零二一` as 221, `1.2万` as 0 and rejects 两 and traditional units), so the parser is
// our own; nzh's encoder serves as an independent oracle in the tests.

const FOLD: Readonly<Record<string, string>> = numerals.fold;
const DIGITS: Readonly<Record<string, number>> = numerals.digits;
const SMALL_UNITS: Readonly<Record<string, number>> = numerals.smallUnits;
const BIG_UNITS: Readonly<Record<string, number>> = numerals.bigUnits;

type Token =
  | { kind: 'arabic'; value: number }
  | { kind: 'digit'; value: number }
  | { kind: 'small'; value: number }
  | { kind: 'big'; value: number }
  | { kind: 'point' };

/** Characters that may appear inside a number word (after folding), for callers building regexes. */
export const CHINESE_NUMERAL_CHARS = [
  ...new Set([
    ...Object.keys(FOLD),
    ...Object.keys(DIGITS),
    ...Object.keys(SMALL_UNITS),
    ...Object.keys(BIG_UNITS),
  ]),
]
  .filter((c) => c !== '点' && c !== '點')
  .join('');

/**
 * Parses a number word: `750,000`, `204.600.000`, `五万`, `伍万`, `一百二十七`, `1.2万`,
 * `4億500萬`, `二〇二三`. Returns null when the string is not a number.
 */
export function parseChineseNumber(s: string): number | null {
  const folded = fold(s);
  if (folded === null || folded === '') return null;
  const tokens = tokenize(folded);
  if (tokens === null || tokens.length === 0) return null;
  const result = digitByDigit(tokens) ?? evaluate(tokens);
  return result === null ? null : tidy(result);
}

/**
 * Integer numbers such as article numbers: `第四十五条` → 45, `第一百二十七条` → 127, `第64条` → 64,
 * `十` → 10. A leading 第 and a trailing 条/款/项/章/节/编 are ignored; fractions give null.
 */
export function chineseIntegerToNumber(s: string): number | null {
  const core = s
    .trim()
    .replace(/^第\s*/, '')
    .replace(/\s*[条條款项項章节節编編]$/, '');
  const n = parseChineseNumber(core);
  return n !== null && Number.isInteger(n) && n >= 0 ? n : null;
}

const FOLD_RE = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'gu');

function fold(s: string): string | null {
  const out = s
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(FOLD_RE, (ch) => FOLD[ch] ?? ch);
  return normalizeSeparators(out);
}

// Thousands separators go before tokenizing. Two or more dot groups (`204.600.000`) can only be
// European thousands; a single dot is a decimal point. A comma that is not a thousands separator
// (`1,2`) is ambiguous, so the whole string is rejected.
function normalizeSeparators(s: string): string | null {
  const european = s.replace(/\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?(?![\d.])/g, (m) =>
    m.replace(/\./g, '').replace(',', '.'),
  );
  const english = european.replace(/\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])/g, (m) =>
    m.replace(/,/g, ''),
  );
  return english.includes(',') ? null : english;
}

function tokenize(s: string): Token[] | null {
  const tokens: Token[] = [];
  const re = /\d+(?:\.\d+)?|./gu;
  for (const m of s.matchAll(re)) {
    const t = m[0];
    const token = toToken(t);
    if (token === null) return null;
    tokens.push(token);
  }
  return tokens;
}

function toToken(t: string): Token | null {
  if (/^\d/.test(t)) return { kind: 'arabic', value: Number(t) };
  const digit = DIGITS[t];
  if (digit !== undefined) return { kind: 'digit', value: digit };
  const small = SMALL_UNITS[t];
  if (small !== undefined) return { kind: 'small', value: small };
  const big = BIG_UNITS[t];
  if (big !== undefined) return { kind: 'big', value: big };
  if (t === '点') return { kind: 'point' };
  return null;
}

// Years and codes are written one digit per character (`二零二一`); a real numeral with units
// never has two bare digits in a row, so such a run is read positionally.
function digitByDigit(tokens: Token[]): number | null {
  if (tokens.length < 2 || !tokens.every((t) => t.kind === 'digit')) return null;
  return Number(tokens.map((t) => (t.kind === 'digit' ? String(t.value) : '')).join(''));
}

/**
 * Place-value evaluation. Finished terms keep their magnitude so that a big unit multiplies
 * everything smaller before it: `一万亿` is 10^12, while in `四亿五百万` the 万 multiplies only 五百.
 */
function evaluate(tokens: Token[]): number | null {
  const terms: { value: number; magnitude: number }[] = [];
  let section = 0;
  let current: number | null = null;
  let lastUnit = 0;
  let previous: Token | null = null;

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    switch (token.kind) {
      case 'arabic':
      case 'digit': {
        if (current !== null) return null;
        current = token.kind === 'digit' && token.value === 0 ? null : token.value;
        break;
      }
      case 'small': {
        // A bare 十 means 一十 (`十五`, `一百十`); other units need their digit.
        const base = current ?? (previous === null || isZero(previous) || token.value === 10 ? 1 : null);
        if (base === null) return null;
        section += base * token.value;
        current = null;
        lastUnit = token.value;
        break;
      }
      case 'big': {
        let value = section + (current ?? 0);
        if (value === 0 && previous === null) value = 1;
        while (terms.length > 0 && terms[terms.length - 1]!.magnitude < token.value) {
          value += terms.pop()!.value;
        }
        if (value === 0) return null;
        terms.push({ value: value * token.value, magnitude: token.value });
        section = 0;
        current = null;
        lastUnit = token.value;
        break;
      }
      case 'point':
        return withFraction(terms, section, current, tokens.slice(i + 1));
    }
    previous = token;
  }
  return sum(terms) + section + trailing(current, previous, tokens, lastUnit);
}

// Spoken abbreviation: a single digit right after a unit stands one place lower
// (`一万五` = 15000, `三百五` = 350), unless a 零 or an Arabic number says otherwise.
function trailing(current: number | null, last: Token | null, tokens: Token[], lastUnit: number): number {
  if (current === null) return 0;
  const beforeLast = tokens[tokens.length - 2];
  const abbreviated =
    last?.kind === 'digit' &&
    beforeLast !== undefined &&
    (beforeLast.kind === 'small' || beforeLast.kind === 'big') &&
    lastUnit >= 100;
  return abbreviated ? (current * lastUnit) / 10 : current;
}

// `三点五` = 3.5 and `一点二亿` = 1.2 × 10^8: digits after 点, then at most one big unit.
function withFraction(
  terms: { value: number }[],
  section: number,
  current: number | null,
  rest: Token[],
): number | null {
  const digits: number[] = [];
  let i = 0;
  for (; i < rest.length && rest[i]!.kind === 'digit'; i++) {
    const t = rest[i]!;
    if (t.kind === 'digit') digits.push(t.value);
  }
  const unit = rest[i];
  if (digits.length === 0 || i < rest.length - 1) return null;
  if (unit !== undefined && unit.kind !== 'big') return null;
  const value = Number(`${current ?? 0}.${digits.join('')}`) * (unit?.kind === 'big' ? unit.value : 1);
  return sum(terms) + section + value;
}

function isZero(t: Token): boolean {
  return t.kind === 'digit' && t.value === 0;
}

function sum(terms: { value: number }[]): number {
  return terms.reduce((acc, t) => acc + t.value, 0);
}

// Decimal fractions times powers of ten leave binary noise (5.3 × 10^8 = 530000000.00000006).
function tidy(n: number): number {
  return Number(n.toPrecision(15));
}
