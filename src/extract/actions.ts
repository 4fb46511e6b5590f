import { z } from 'zod';
import data from './data/actions.json' with { type: 'json' };
import { FoldRegExp, matchHits, unicodeSensitive } from './fold-regex.ts';
import type { Found } from './types.ts';

// Measures a regulator, police force or court took (警告, 罚款, 责令改正, 下架 …), each reported with
// its canonical term from data/actions.json and the words the text used.
//
// Only measures actually taken count. Newsletters often quote the measures a regulator *threatens*
// (`整改落实不到位的，将视情采取下架、关停、行政处罚等措施`), the ranges a statute provides
// (`处五万元以上五十万元以下罚款`) or what a new rule obliges platforms to do (`及时下架`). Those are
// not measures imposed on anyone, so a match is dropped when its clause carries one of the
// `notTaken` cues. This costs some recall (`对逾期未整改的，予以下架` is read as conditional) and
// buys precision, which matters more: a wrong 罚款 on a draft law misleads a reader more than a
// missing one.

const entrySchema = z.object({
  value: z.string().min(1),
  en: z.string().min(1),
  generic: z.boolean().optional(),
  terms: z.array(z.string().min(1)),
  patterns: z.array(z.string().min(1)),
});

export const actionsFileSchema = z.object({
  notTaken: z.object({
    clause: z.array(z.string().min(1)),
    previousClause: z.array(z.string().min(1)),
  }),
  actions: z.array(entrySchema).min(1),
});

export type ActionEntry = z.infer<typeof entrySchema>;

interface Matcher {
  entry: ActionEntry;
  re: FoldRegExp;
}

interface Vocabulary {
  matchers: Matcher[];
  notTaken: FoldRegExp;
  conditional: FoldRegExp;
}

let vocabulary: Vocabulary | null = null;

function loadVocabulary(): Vocabulary {
  if (vocabulary) return vocabulary;
  const file = actionsFileSchema.parse(data);
  const matchers = file.actions.map((entry) => ({ entry, re: new FoldRegExp(entrySource(entry), 'giu') }));
  vocabulary = {
    matchers,
    notTaken: new FoldRegExp(file.notTaken.clause.join('|'), 'iu'),
    conditional: new FoldRegExp(file.notTaken.previousClause.join('|'), 'iu'),
  };
  return vocabulary;
}

/** One regular expression per entry: literal terms (longest first) and patterns as alternatives. */
function entrySource(entry: ActionEntry): string {
  const literals = [...entry.terms].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return [...literals, ...entry.patterns].join('|');
}

/** Canonical action terms with their English labels, in data-file order. */
export function actionVocabulary(): { value: string; en: string }[] {
  return loadVocabulary().matchers.map(({ entry }) => ({ value: entry.value, en: entry.en }));
}

interface Candidate {
  entry: ActionEntry;
  start: number;
  end: number;
}

/**
 * Measures taken in `text`, one Found per mention, in text order. `value` is the canonical term
 * (罚款 for `罚款`, `被罚` and `fined` alike), `text` the words as written. Matches inside 《》 are
 * titles, not measures, and are skipped.
 */
export function extractActions(text: string): Found<string>[] {
  const { matchers } = loadVocabulary();
  const titles = bookTitleRanges(text);
  const sensitive = unicodeSensitive(text);
  const candidates: Candidate[] = [];
  for (const { entry, re } of matchers) {
    for (const m of matchHits(re.pick(sensitive), text)) {
      const start = m.index;
      const end = start + m.text.length;
      if (end === start || insideAny(titles, start, end)) continue;
      if (!isTaken(text, start, end)) continue;
      candidates.push({ entry, start, end });
    }
  }
  const picked = dropCoveredGenerics(text, pickNonOverlapping(candidates));
  return picked.map((c) => ({
    value: c.entry.value,
    span: { start: c.start, end: c.end },
    text: text.slice(c.start, c.end),
  }));
}

/** Distinct canonical values, in order of first mention. */
export function actionValues(found: readonly Found<string>[]): string[] {
  return [...new Set(found.map((f) => f.value))];
}

// Clause ends: Chinese punctuation, a comma not inside a number (250,000), a sentence-final period.
const CLAUSE_MARKS = new Set([...'，。；;！!？?：:\n']);

function isClauseEnd(text: string, i: number): boolean {
  const c = text[i]!;
  if (CLAUSE_MARKS.has(c)) return true;
  const next = text[i + 1] ?? ' ';
  if (c === ',') return !/\d/.test(next);
  return c === '.' && /\s/.test(next);
}

function clauseStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (isClauseEnd(text, i)) return i + 1;
  return 0;
}

/** True unless the clause around the match marks the measure as threatened, conditional or statutory. */
export function isTaken(text: string, start: number, end: number): boolean {
  const { notTaken, conditional } = loadVocabulary();
  const from = clauseStart(text, start);
  const prefix = text.slice(from, start);
  if (notTaken.for(prefix).test(prefix)) return false;
  if (isConditionClause(text, end)) return false;
  if (prefix.includes('已')) return true;
  const before = text[from - 1];
  if (before === undefined || !/[，,]/u.test(before)) return true;
  const previous = text.slice(clauseStart(text, from - 1), from - 1);
  return !conditional.for(previous).test(previous);
}

// `对依法需要行政处罚的，可以…`: the match sits inside a `…的，` condition itself.
function isConditionClause(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && !isClauseEnd(text, i)) i++;
  return /[，,]/u.test(text[i] ?? '') && /的\s*$/u.test(text.slice(end, i));
}

/** Longest specific match wins where matches overlap (`予以行政警告` over `警告`, 罚款 over 处罚). */
function pickNonOverlapping(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) =>
      Number(a.entry.generic ?? false) - Number(b.entry.generic ?? false) ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start,
  );
  const chosen: Candidate[] = [];
  for (const c of ranked) {
    if (!chosen.some((o) => c.start < o.end && o.start < c.end)) chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

// `作出…并处罚款的行政处罚` already names the measure; a generic term that follows a specific one in
// the same sentence adds nothing. One that comes first (`行政处罚…单位368家次，下架…`) stands alone.
function dropCoveredGenerics(text: string, picked: Candidate[]): Candidate[] {
  const specific = picked.filter((c) => !c.entry.generic);
  return picked.filter(
    (c) =>
      !c.entry.generic ||
      !specific.some((s) => s.start < c.start && sentenceStart(text, s.start) === sentenceStart(text, c.start)),
  );
}

function sentenceStart(text: string, pos: number): number {
  for (let i = pos - 1; i >= 0; i--) {
    const c = text[i]!;
    if ('。；;！!？?\n'.includes(c) || (c === '.' && /\s/.test(text[i + 1] ?? ' '))) return i + 1;
  }
  return 0;
}

function bookTitleRanges(text: string): [number, number][] {
  return [...text.matchAll(/《[^《》\n]*》|〈[^〈〉\n]*〉/gu)].map((m) => [m.index, m.index + m[0].length]);
}

function insideAny(ranges: [number, number][], start: number, end: number): boolean {
  return ranges.some(([s, e]) => start >= s && end <= e);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
