import { chineseIntegerToNumber } from '../extract/numbers.ts';

// Law names as newsletters write them: 《中华人民共和国网络安全法》, 网络安全法（2016）, 网安法, CSL,
// "the PRC Cybersecurity Law", "Data Security Law of the People's Republic of China". All of these
// reduce to one lookup key so titles, short titles and aliases can share one table.

const DRAFT_MARK = /(草案|征求意见稿|送审稿|修订稿|审议稿|徵求意見稿)/;
// Version tails that say which text, not which law: （2021修正）, (2019年修订), （2023年版）, （试行） stays.
const VERSION_TAIL = /\s*\(([^()]*?(?:\d{4}|修正|修订|修改|年版)[^()]*?|[^()]*?(?:草案|征求意见稿|送审稿|修订稿|审议稿|徵求意見稿)[^()]*?)\)\s*$/;

/** The lookup key of a law name: no brackets, no 中华人民共和国, no version tail, Latin lower-cased. */
export function nameKey(name: string): string {
  let s = name.normalize('NFKC').trim();
  s = s.replace(/^[《〈<“"‘'「\s]+|[》〉>”"’'」\s]+$/g, '');
  for (let guard = 0; guard < 3; guard += 1) {
    const next = s.replace(VERSION_TAIL, '');
    if (next === s) break;
    s = next;
  }
  s = s.replace(/^(?:中华人民共和国|中華人民共和國)/, '');
  if (/[\u4E00-\u9FFF]/.test(s)) return s.replace(/\s+/g, '').toLowerCase();
  return s
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^the /, '')
    .replace(/^(?:prc|china's|chinese|people's republic of china) /, '')
    .replace(/ of (?:the )?(?:people's republic of china|prc)$/, '')
    .trim();
}

/** True when the name as written cites a draft (…（草案）, 征求意见稿): its numbering is not the law's. */
export function isDraftName(name: string): boolean {
  return DRAFT_MARK.test(name);
}

/** A title without its leading 中华人民共和国: the short title used in listings. */
export function shortTitle(title: string): string {
  return title.replace(/^中华人民共和国/, '') || title;
}

export interface ArticleRef {
  number: number;
  suffix: number | null;
}

/** Reads an article as a user types it: 45, 第四十五条, 四十五, 253之一, 253-1, 第二百五十三条之一. */
export function parseArticleRef(input: string): ArticleRef | null {
  const s = input.normalize('NFKC').trim().replace(/^第\s*/, '');
  const m = s.match(/^([0-9]+|[零〇一二两三四五六七八九十百千]+)\s*条?\s*(?:(?:之|-)\s*([0-9]+|[一二三四五六七八九十]+))?\s*条?$/);
  if (!m) return null;
  const number = toNumber(m[1] ?? '');
  if (number === null || number <= 0) return null;
  if (m[2] === undefined) return { number, suffix: null };
  const suffix = toNumber(m[2]);
  return suffix === null || suffix <= 0 ? null : { number, suffix };
}

function toNumber(s: string): number | null {
  return /^[0-9]+$/.test(s) ? Number(s) : chineseIntegerToNumber(s);
}

/** 45 → 第四十五条, (253, 1) → 第二百五十三条之一: the label used when the corpus has no text. */
export function articleLabel(number: number, suffix: number | null = null): string {
  return `第${toChinese(number)}条${suffix === null ? '' : `之${toChinese(suffix)}`}`;
}

const DIGITS = '零一二三四五六七八九';

function toChinese(n: number): string {
  if (n < 10) return DIGITS[n] ?? String(n);
  if (n < 20) return `十${n % 10 === 0 ? '' : DIGITS[n % 10]}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 === 0 ? '' : DIGITS[n % 10]}`;
  if (n < 1000) {
    const rest = n % 100;
    const head = `${DIGITS[Math.floor(n / 100)]}百`;
    if (rest === 0) return head;
    if (rest < 10) return `${head}零${DIGITS[rest]}`;
    return head + (rest < 20 ? `一${toChinese(rest)}` : toChinese(rest));
  }
  return String(n);
}
