// Per-field comparison rules of shared/eval/FORMAT.md "Scoring". Each field is scored over the
// multiset of its values across all items of one document, so item boundaries do not matter here.

import type { EvalItem } from './types.ts';
import { maxMatching, multisetOverlap } from './match.ts';

export const FIELDS = [
  'date',
  'authorities',
  'instruments',
  'citations',
  'penalties',
  'actions',
  'category',
  'region',
  'status',
  'deadline',
] as const;

export type FieldName = (typeof FIELDS)[number];

/** FORMAT.md: actions "are reported but carry no target (their wording varies too much)". */
export const UNTARGETED_FIELDS: ReadonlySet<FieldName> = new Set<FieldName>(['actions']);

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Strings compare after Unicode NFKC normalisation and trimming of white space. */
export function normalizeText(value: string): string {
  return value.normalize('NFKC').trim();
}

/**
 * Law titles compare after stripping 《》 and 中华人民共和国. Every occurrence is stripped, as the
 * Scoring section says, not only a leading one: both sides go through the same function, and no two
 * real titles differ only by that phrase.
 */
export function normalizeLaw(law: string): string {
  return normalizeText(law).replace(/[《》]/g, '').replaceAll('中华人民共和国', '').trim();
}

// Amounts come from multiplying 万/亿 by decimals (0.07 * 1e4 = 700.0000000000001), so they compare
// at cent precision; that absorbs floating-point noise and nothing a human would call a difference.
function amountKey(amount: number): string {
  return (Math.round(amount * 100) / 100).toFixed(2);
}

function citationKeys(items: readonly EvalItem[]): string[] {
  return items.flatMap((item) =>
    item.citations.map((c) => JSON.stringify([normalizeLaw(c.law), c.article, c.paragraph])),
  );
}

function penaltyKeys(items: readonly EvalItem[]): string[] {
  return items.flatMap((item) =>
    item.penalties.map((p) => JSON.stringify([amountKey(p.amount), normalizeText(p.currency)])),
  );
}

type ListField = 'authorities' | 'instruments' | 'actions';
type SingleField = 'date' | 'category' | 'region' | 'status' | 'deadline';

function listKeys(items: readonly EvalItem[], field: ListField): string[] {
  return items.flatMap((item) => item[field].map(normalizeText));
}

/** Single-valued fields become a multiset of the items' values with nulls left out. */
function singleKeys(items: readonly EvalItem[], field: SingleField): string[] {
  return items.flatMap((item) => {
    const value = item[field];
    return value === null ? [] : [normalizeText(value)];
  });
}

/**
 * A predicted date matches a gold date when they are equal at the precision gold gives: gold
 * 2023-09 accepts 2023-09 and any day of September 2023. The relation is deliberately one-sided:
 * gold 2023-09-14 does not accept predicted 2023-09, since a month is less than the annotator knew.
 */
export function dateMatches(predicted: string, gold: string): boolean {
  return predicted === gold || (gold.length === 7 && predicted.startsWith(`${gold}-`));
}

function countsFrom(predicted: number, gold: number, tp: number): Counts {
  return { tp, fp: predicted - tp, fn: gold - tp };
}

function keyedCounts(predicted: string[], gold: string[]): Counts {
  return countsFrom(predicted.length, gold.length, multisetOverlap(predicted, gold));
}

function keysFor(items: readonly EvalItem[], field: Exclude<FieldName, 'date'>): string[] {
  switch (field) {
    case 'citations':
      return citationKeys(items);
    case 'penalties':
      return penaltyKeys(items);
    case 'authorities':
    case 'instruments':
    case 'actions':
      return listKeys(items, field);
    case 'category':
    case 'region':
    case 'status':
    case 'deadline':
      return singleKeys(items, field);
  }
}

/** TP/FP/FN of one field in one document. */
export function fieldCounts(
  field: FieldName,
  predicted: readonly EvalItem[],
  gold: readonly EvalItem[],
): Counts {
  if (field === 'date') {
    const p = singleKeys(predicted, 'date');
    const g = singleKeys(gold, 'date');
    return countsFrom(p.length, g.length, maxMatching(p, g, dateMatches));
  }
  return keyedCounts(keysFor(predicted, field), keysFor(gold, field));
}
