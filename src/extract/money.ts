import data from './data/currencies.json' with { type: 'json' };
import { FoldRegExp } from './fold-regex.ts';
import { CHINESE_NUMERAL_CHARS, parseChineseNumber } from './numbers.ts';
import type { Span } from './types.ts';

// Finds sums of money in Chinese and English text, whatever they are for: `人民币5000万元`,
// `9300 万美元`, `CNY 750,000`, `€150 million`, `4億500萬歐元`. Deciding which of them are penalties
// is penalties.ts's job; this module only reads amounts and currencies.

export interface MoneyMention {
  amount: number;
  /** ISO 4217 code, or null for a bare Chinese amount (`罚款25万`) whose context must supply one. */
  currency: string | null;
  span: Span;
  text: string;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Latin words must stand alone (`won` but not `wonder`); symbols and Chinese need no boundary.
const alternation = (words: string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escape(w) + (/[A-Za-z]$/.test(w) ? '(?![A-Za-z])' : ''))
    .join('|');

const BEFORE = new Map<string, string>();
const AFTER = new Map<string, string>();
for (const c of data.currencies) {
  for (const w of c.before) BEFORE.set(w.toLowerCase(), c.code);
  for (const w of c.after) AFTER.set(w.toLowerCase(), c.code);
}
const SCALES: Readonly<Record<string, number>> = data.scales;
// One-letter scales only glued to the number (`€20m`, `$5k`); spelled-out ones may follow a space.
const GLUED_SCALES = Object.keys(SCALES).filter((s) => s.length <= 2);
const SPACED_SCALES = [...Object.keys(SCALES).filter((s) => s.length > 2), 'crore', 'lakh'];
const INDIAN_SCALES: Readonly<Record<string, number>> = { crore: 1e7, lakh: 1e5 };

const CN = `[${CHINESE_NUMERAL_CHARS}]`;
const AR = String.raw`\d(?:[\d,.]*\d)?`;
const NUM = String.raw`(?:${AR}|${CN}+)(?:\s*${CN}+(?:\s*${AR})?)*`;
const APPROX = '(?:约|近|超过|超|逾|达|计|共计)';
const CJK_UNITS = '[万亿萬億千百]+';

const MONEY = new FoldRegExp(
  String.raw`(?<![A-Za-z\d.,])` +
    String.raw`(?:(?<before>${alternation([...data.currencies.flatMap((c) => c.before)])})\s*(?:${APPROX}\s*)?)?` +
    String.raw`(?<num>${NUM})` +
    String.raw`(?:\s*[余多])?(?:\s*(?<unit>${CJK_UNITS}))?(?:\s*[余多])?` +
    String.raw`(?:(?<glued>${alternation(GLUED_SCALES)})|\s*(?<scale>${alternation(SPACED_SCALES)}))?` +
    String.raw`(?:\s*(?<after>${alternation([...data.currencies.flatMap((c) => c.after)])}))?`,
  'giu',
);

// Characters that may follow a bare amount (`被分别罚款25万。`): punctuation or a joining word,
// never a measure word, which would make it a count (`83.23亿条`).
const BARE_FOLLOWER = /^(?:$|[\s，。；、,.;:：）)」”的和及并或])/u;
// `数千万元`, `上亿元`: an order of magnitude, not a figure.
const VAGUE_LEAD = /[数几上成]$/u;

// A sum of money needs a currency word or a Chinese 万/亿 (toMention): a text with neither holds
// none, and most items' numbers are dates and counts, so such a text is not read number by number.
const MONEY_WORD = new FoldRegExp(
  [...new Set(data.currencies.flatMap((c) => [...c.before, ...c.after]))].map(escape).join('|') + '|[万亿萬億]',
  'iu',
);

const CURRENCY_WORD = new RegExp(
  `(?<![A-Za-z])(?:${alternation([...new Set(data.currencies.flatMap((c) => [...c.before, ...c.after]))])})`,
  'iu',
);

/** The currency a text names without an amount (a table's column head, `Fine (EUR)`), or null. */
export function currencyWord(text: string): string | null {
  const m = CURRENCY_WORD.exec(text);
  if (m === null) return null;
  const word = m[0].toLowerCase();
  return BEFORE.get(word) ?? AFTER.get(word) ?? null;
}

const DOLLAR_PLACES: [string, RegExp][] = Object.entries(data.dollarPlaces as Record<string, string | string[]>)
  .filter((e): e is [string, string[]] => Array.isArray(e[1]))
  .map(([code, places]) => [code, new RegExp(places.map((p) => escape(p) + (/[A-Za-z.]$/.test(p) ? '(?![A-Za-z])' : '')).join('|'), 'g')]);
/** A place must be named this often, and more often than the United States, to own a bare `$`. */
const MIN_PLACE_MENTIONS = 2;

/**
 * The currency a bare `$` stands for in a document: the dollar of the place it names most (a page
 * of Singapore's regulator), or null for the US dollar.
 */
export function localDollar(doc: string): string | null {
  if (!doc.includes('$')) return null;
  let best: string | null = null;
  let bestCount = 0;
  let usd = 0;
  for (const [code, re] of DOLLAR_PLACES) {
    const count = doc.match(re)?.length ?? 0;
    if (code === 'USD') usd = count;
    else if (count > bestCount) [best, bestCount] = [code, count];
  }
  return bestCount >= MIN_PLACE_MENTIONS && bestCount > usd ? best : null;
}

/** Every sum of money in `text`, with spans into `text`. */
export function findMoney(text: string): MoneyMention[] {
  if (!MONEY_WORD.for(text).test(text)) return [];
  const found: MoneyMention[] = [];
  for (const m of text.matchAll(MONEY.for(text))) {
    const mention = toMention(text, m);
    if (mention !== null) found.push(mention);
  }
  return found;
}

function toMention(text: string, m: RegExpMatchArray): MoneyMention | null {
  const g = m.groups ?? {};
  const start = m.index ?? 0;
  const end = start + m[0].length;
  if (g.before === undefined && VAGUE_LEAD.test(text.slice(Math.max(0, start - 1), start))) return null;
  // Most numbers in a text are no money (dates, counts): tell so before parsing them.
  const currency = currencyOf(g.before, g.after);
  if (currency === null && !isBareChineseAmount(g, text.slice(end))) return null;

  const base = parseChineseNumber((g.num ?? '') + (g.unit ?? ''));
  if (base === null || base === 0) return null;
  const scaleWord = (g.glued ?? g.scale)?.toLowerCase();
  const scale = scaleWord === undefined ? 1 : (SCALES[scaleWord] ?? INDIAN_SCALES[scaleWord] ?? 1);
  const amount = Number((base * scale).toPrecision(15));
  return { amount, currency, span: { start, end }, text: m[0] };
}

// The word before the number wins: `新台币398亿元` is TWD although 元 alone would be CNY.
function currencyOf(before: string | undefined, after: string | undefined): string | null {
  if (before !== undefined) return BEFORE.get(before.toLowerCase()) ?? null;
  if (after !== undefined) return AFTER.get(after.toLowerCase()) ?? null;
  return null;
}

function isBareChineseAmount(g: Record<string, string | undefined>, rest: string): boolean {
  const hasUnit = /[万亿萬億]/u.test((g.num ?? '') + (g.unit ?? ''));
  const hasScale = g.glued !== undefined || g.scale !== undefined;
  return hasUnit && !hasScale && BARE_FOLLOWER.test(rest);
}
