import type { Found, Span } from './types.ts';
import cues from './data/instrument-cues.json' with { type: 'json' };
import { Recent } from './recent.ts';

// Titles in 《》 that name instruments (laws, regulations, standards, guidelines, notices, plans).
// Reports, journals, apps and games also sit in 《》, and newsletters shorten a title once given
// (以下简称《办法》, later 《指南》), so every bracketed title is judged by its head word (the end
// of the title), the words around it, and what the text said earlier.

/** One 《…》 in the text: `title` is the inside, line breaks from PDF wrapping removed. */
export interface BracketedTitle {
  title: string;
  /** The inside of the brackets, trimmed. */
  span: Span;
  text: string;
  /** Offsets of 《 and just past 》. */
  open: number;
  close: number;
}

/** A short name and the full title it stands for, from `position` on. */
export interface ShortForm {
  short: string;
  full: string;
  position: number;
}

// A title never spans a sentence end; PDF text may break one line inside a title.
const SENTENCE_END = /[。！？!?；;]/;
// The same characters for a test of one character at a time (no regex run per character).
const SENTENCE_END_CHARS: ReadonlySet<string> = new Set('。！？!?；;');
const MAX_TITLE = 120;

// An item's instruments, its short forms and its citations all read its titles.
const recentTitles = new Recent<readonly BracketedTitle[]>(2);

/** Every 《…》 title of `text`, in order. The list is shared with other callers: do not change it. */
export function bracketedTitles(text: string): readonly BracketedTitle[] {
  return recentTitles.get(text, null, () => readTitles(text));
}

function readTitles(text: string): BracketedTitle[] {
  const out: BracketedTitle[] = [];
  let i = text.indexOf('《');
  while (i !== -1) {
    const close = findClose(text, i);
    const found = close === -1 ? null : makeTitle(text, i, close);
    if (found) out.push(found);
    i = text.indexOf('《', found ? close + 1 : i + 1);
  }
  return out;
}

/** Index of the 》 that closes the 《 at `open`, or -1 when the bracket is left unclosed. */
function findClose(text: string, open: number): number {
  let depth = 0;
  let lineBreaks = 0;
  let inBreak = false;
  const end = Math.min(text.length, open + MAX_TITLE);
  for (let j = open; j < end; j += 1) {
    const c = text[j] ?? '';
    if (c === '《') depth += 1;
    else if (c === '》') {
      depth -= 1;
      if (depth === 0) return j;
    } else if (SENTENCE_END_CHARS.has(c)) return -1;
    else if (c === '\n') {
      if (!inBreak) lineBreaks += 1;
      inBreak = true;
      if (lineBreaks > 1) return -1;
      continue;
    }
    if (inBreak && !/\s/.test(c)) {
      // A heading or list marker after the break means the title was never closed.
      if (c === '#' || c === '-' || c === '*') return -1;
      inBreak = false;
    }
  }
  return -1;
}

function makeTitle(text: string, open: number, close: number): BracketedTitle | null {
  const inner = text.slice(open + 1, close);
  const lead = inner.length - inner.trimStart().length;
  const trimmed = inner.trim();
  if (trimmed === '') return null;
  const start = open + 1 + lead;
  const span = { start, end: start + trimmed.length };
  return { title: trimmed.replace(/\s*\n\s*/g, ''), span, text: trimmed, open, close: close + 1 };
}

interface Core {
  /** The title without trailing brackets, years and draft marks. */
  core: string;
  /** What was cut off: （征求意见稿）, （试行）, 2023 … */
  tails: string[];
}

const TRAILING_YEAR = /\s*(?:\d{4}\s*(?:年度?|年版|版)?|（?\(?第[一二三四五六七八九十\d]+版[）)]?)$/;
const TRAILING_MARK = /(征求意见稿|送审稿|修订稿|审议稿|徵求意見稿)$/;

export function titleCore(title: string): Core {
  let core = title.trim();
  const tails: string[] = [];
  for (let guard = 0; guard < 6; guard += 1) {
    const bracket = trailingBracket(core);
    const year = core.match(TRAILING_YEAR);
    const mark = core.match(TRAILING_MARK);
    const cut = bracket ?? year?.[0] ?? (mark && mark[0].length < core.length ? mark[0] : null);
    if (!cut || cut.length >= core.length) break;
    tails.push(cut);
    core = core.slice(0, core.length - cut.length).trimEnd();
  }
  return { core, tails };
}

function trailingBracket(s: string): string | null {
  const last = s[s.length - 1];
  if (last !== '）' && last !== ')') return null;
  const open = Math.max(s.lastIndexOf('（'), s.lastIndexOf('('));
  return open > 0 ? s.slice(open) : null;
}

function longestSuffix(s: string, words: readonly string[]): string {
  let best = '';
  for (const w of words) if (w.length > best.length && s.endsWith(w)) best = w;
  return best;
}

type HeadKind = 'instrument' | 'other' | 'unknown';

export function headKind(core: string): HeadKind {
  const latin = core.match(/([A-Za-z]+)[\s.,)）"”’']*$/);
  if (latin) {
    const word = (latin[1] ?? '').toLowerCase();
    if (cues.latinInstrumentHeads.includes(word)) return 'instrument';
    if (cues.latinNonInstrumentHeads.includes(word)) return 'other';
    return 'unknown';
  }
  const yes = longestSuffix(core, cues.instrumentHeads);
  const no = longestSuffix(core, cues.nonInstrumentHeads);
  if (yes.length === 0 && no.length === 0) return 'unknown';
  return yes.length > no.length ? 'instrument' : 'other';
}

/** A title made only of a type word and generic modifiers: 《办法》, 《实施方案》, 《条例（草案）》. */
export function isGenericTitle(title: string): boolean {
  let rest = titleCore(title).core.replace(/^[“"‘']|[”"’']$/g, '');
  const head = typeWord(rest);
  if (head === '' || rest.length > 6) return false;
  rest = rest.slice(0, rest.length - head.length);
  for (let guard = 0; rest !== '' && guard < 4; guard += 1) {
    const mod = cues.genericModifiers.find((m) => rest.startsWith(m));
    if (!mod) return false;
    rest = rest.slice(mod.length);
  }
  return rest === '';
}

/** The type word a title ends in (办法, 报告 …), instrument or not; '' when none. */
function typeWord(core: string): string {
  const yes = longestSuffix(core, cues.instrumentHeads);
  const no = longestSuffix(core, cues.nonInstrumentHeads);
  return yes.length >= no.length ? yes : no;
}

interface Earlier {
  title: string;
  position: number;
}

// A back-reference points into the same report; in a whole newsletter a bare 《通知》 thousands of
// characters after the last notice belongs to a notice the text never named.
const BACK_REFERENCE_REACH = 1500;

/**
 * A short title that repeats the end of a full title given earlier (《资格条件》 after
 * 《…专业技术资格条件（试行）》). Only very short forms count: 《密码法》 after
 * 《中华人民共和国密码法》 is the law's own name, not a back-reference.
 */
function antecedentOf(title: string, earlier: readonly Earlier[], position: number): string | null {
  const core = titleCore(title).core;
  const generic = isGenericTitle(title);
  if (!generic && (core.length > 4 || core.length < 2)) return null;
  for (let k = earlier.length - 1; k >= 0; k -= 1) {
    const { title: full, position: at } = earlier[k] ?? { title: '', position: 0 };
    if (position - at > BACK_REFERENCE_REACH) break;
    const fullCore = titleCore(full).core;
    if (fullCore === core || fullCore === `中华人民共和国${core}`) continue;
    if (fullCore.endsWith(core) || (generic && fullCore.endsWith(typeWord(core)))) return full;
  }
  return null;
}

// （以下简称《办法》）, （“《实施方案》”）, (下称“个保法”), ，以下简称《规定》
const DEFINITIONS = [
  /[（(]\s*(?:以下|下文|下)?\s*(?:简称|統稱|统称|簡稱|称)\s*[:：]?\s*[“"‘'「]?\s*《?([^《》“”"‘’'「」（）()，。]{1,30}?)》?\s*[”"’'」]?\s*[）)]/g,
  /[（(]\s*[“"‘'「]\s*《([^《》]{1,30})》\s*[”"’'」]\s*[）)]/g,
  /[，,]\s*(?:以下|下文)\s*(?:简称|称)\s*[“"]?\s*《([^《》]{1,30})》/g,
];

function explicitDefinitions(text: string, titles: readonly BracketedTitle[]): ShortForm[] {
  const out: ShortForm[] = [];
  for (const re of DEFINITIONS) {
    for (const m of text.matchAll(re)) {
      const short = (m[1] ?? '').trim();
      const before = titles.filter((t) => t.close <= m.index && m.index - t.close <= 40);
      const full = before[before.length - 1];
      if (!full || short === '' || short === full.title) continue;
      if (SENTENCE_END.test(text.slice(full.close, m.index))) continue;
      out.push({ short, full: full.title, position: m.index });
    }
  }
  return out.sort((a, b) => a.position - b.position);
}

/** Short names with what they stand for, in text order: definitions first seen, then each back-reference. */
export function shortFormEntries(text: string): ShortForm[] {
  return recentShortForms.get(text, null, () => readShortForms(text)).map((e) => ({ ...e }));
}

// An item's citations and its instruments both ask.
const recentShortForms = new Recent<ShortForm[]>();

function readShortForms(text: string): ShortForm[] {
  const titles = bracketedTitles(text);
  const explicit = explicitDefinitions(text, titles);
  const defined = new Set(explicit.map((d) => d.short));
  const entries = [...explicit];
  const earlier: Earlier[] = [];
  for (const t of titles) {
    if (defined.has(t.title)) continue;
    const full = antecedentOf(t.title, earlier, t.open);
    if (full !== null) entries.push({ short: t.title, full, position: t.open });
    else if (!isGenericTitle(t.title)) earlier.push({ title: t.title, position: t.open });
  }
  return entries.sort((a, b) => a.position - b.position);
}

/**
 * The short forms a whole document defines (（以下简称《解释》）), with document positions: a case
 * release defines 《解释》 in its first case and cites `《解释》第五条` in later ones.
 */
export function documentShortForms(doc: string): ShortForm[] {
  return explicitDefinitions(doc, bracketedTitles(doc));
}

export function definedShortForms(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const e of shortFormEntries(text)) if (!map.has(e.short)) map.set(e.short, e.full);
  return map;
}

/** The full title a short name stands for at `position`, or null when the text never defines it. */
export function resolveShortForm(entries: readonly ShortForm[], short: string, position: number): string | null {
  let found: string | null = null;
  for (const e of entries) {
    if (e.short !== short) continue;
    if (e.position <= position || found === null) found = e.full;
    if (e.position > position) break;
  }
  return found;
}

function hasContextCue(text: string, t: BracketedTitle): boolean {
  const before = text.slice(Math.max(0, t.open - 6), t.open).trimEnd();
  const after = text.slice(t.close, t.close + 6).trimStart();
  return cues.contextBefore.some((w) => before.endsWith(w)) || cues.contextAfter.some((w) => after.startsWith(w));
}

export function looksLikeInstrument(title: string): boolean {
  const { core, tails } = titleCore(title);
  const kind = headKind(core);
  if (kind !== 'unknown') return kind === 'instrument';
  // No type word at the end: still an instrument when it is plainly an official document.
  if (tails.some((t) => cues.draftMarks.some((m) => t.includes(m)))) return true;
  if (core.startsWith('关于') || core.startsWith('關於') || core.includes('中华人民共和国')) return true;
  return cues.standardPrefixes.some((p) => core.startsWith(p));
}

/** Comparison key: the same title written with full- or half-width brackets or stray spaces is one title. */
function titleKey(title: string): string {
  return title.normalize('NFKC').replace(/\s+/g, '');
}

export function extractInstruments(text: string): Found<{ title: string }>[] {
  const titles = bracketedTitles(text);
  // Every short name the text defines or uses as a back-reference; its full title is reported instead.
  const defined = new Set(shortFormEntries(text).map((e) => e.short));
  const seen = new Set<string>();
  const out: Found<{ title: string }>[] = [];
  for (const t of titles) {
    if (defined.has(t.title) || isGenericTitle(t.title)) continue;
    if (hasContextCue(text, t) || !looksLikeInstrument(t.title)) continue;
    const key = titleKey(t.title);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ value: { title: t.title }, span: { ...t.span }, text: t.text });
  }
  return out;
}
