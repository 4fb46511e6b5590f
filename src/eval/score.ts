// Scores predicted items against gold items as shared/eval/FORMAT.md "Scoring" prescribes: field
// counts per document, summed over documents, then micro-averaged; item segmentation separately.

import type { EvalItem } from './types.ts';
import { FIELDS, UNTARGETED_FIELDS, fieldCounts, normalizeText } from './fields.ts';
import type { Counts, FieldName } from './fields.ts';

export { FIELDS } from './fields.ts';
export type { Counts, FieldName } from './fields.ts';

export interface ScoreInput {
  name: string;
  predicted: EvalItem[];
  gold: EvalItem[];
}

export interface FieldScore extends Counts {
  /** Null when nothing was predicted (TP + FP = 0). */
  precision: number | null;
  /** Null when gold has nothing (TP + FN = 0). */
  recall: number | null;
  /** Null only when neither side has anything. */
  f1: number | null;
  /** False for fields FORMAT.md reports without a target (actions). */
  target: boolean;
}

export interface ItemCounts {
  predictedItems: number;
  goldItems: number;
  /** (predicted − gold) / gold; null when gold has no items. */
  relativeError: number | null;
  /** Gold items whose title is non-empty. */
  goldTitles: number;
  /** Of those, how many a predicted title of the same document contains or is contained by. */
  titleMatches: number;
}

export interface SegmentationScore extends ItemCounts {
  /** titleMatches / goldTitles; null when gold has no titles. */
  titleMatchShare: number | null;
}

export interface DocReport extends ItemCounts {
  name: string;
  fields: Record<FieldName, Counts>;
}

export interface EvalReport {
  docs: number;
  fields: Record<FieldName, FieldScore>;
  segmentation: SegmentationScore;
  perDoc: DocReport[];
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/**
 * F1 as 2TP / (2TP + FP + FN): equal to the harmonic mean of precision and recall when both exist,
 * and still defined when one side is empty (values guessed where gold has none give F1 = 0, not
 * "nothing to score").
 */
export function fieldScore(counts: Counts, target = true): FieldScore {
  const { tp, fp, fn } = counts;
  return {
    tp,
    fp,
    fn,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    f1: ratio(2 * tp, 2 * tp + fp + fn),
    target,
  };
}

function titleOf(item: EvalItem): string {
  return item.title === null ? '' : normalizeText(item.title);
}

/**
 * Gold titles that some predicted title of the document contains or is contained by. Not
 * one-to-one, as FORMAT.md words it ("a predicted item's title"). Empty titles on either side are
 * left out: an empty string is contained in everything.
 */
export function countTitleMatches(
  predicted: readonly EvalItem[],
  gold: readonly EvalItem[],
): { goldTitles: number; titleMatches: number } {
  const predictedTitles = predicted.map(titleOf).filter((t) => t !== '');
  const goldTitles = gold.map(titleOf).filter((t) => t !== '');
  const titleMatches = goldTitles.filter((g) =>
    predictedTitles.some((p) => p.includes(g) || g.includes(p)),
  ).length;
  return { goldTitles: goldTitles.length, titleMatches };
}

function scoreDoc(doc: ScoreInput): DocReport {
  const fields = Object.fromEntries(
    FIELDS.map((field) => [field, fieldCounts(field, doc.predicted, doc.gold)]),
  ) as Record<FieldName, Counts>;
  const predictedItems = doc.predicted.length;
  const goldItems = doc.gold.length;
  return {
    name: doc.name,
    predictedItems,
    goldItems,
    relativeError: ratio(predictedItems - goldItems, goldItems),
    ...countTitleMatches(doc.predicted, doc.gold),
    fields,
  };
}

function sumCounts(counts: readonly Counts[]): Counts {
  return counts.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
}

function sum(values: readonly number[]): number {
  return values.reduce((a, v) => a + v, 0);
}

function segmentation(perDoc: readonly DocReport[]): SegmentationScore {
  const predictedItems = sum(perDoc.map((d) => d.predictedItems));
  const goldItems = sum(perDoc.map((d) => d.goldItems));
  const goldTitles = sum(perDoc.map((d) => d.goldTitles));
  const titleMatches = sum(perDoc.map((d) => d.titleMatches));
  return {
    predictedItems,
    goldItems,
    relativeError: ratio(predictedItems - goldItems, goldItems),
    goldTitles,
    titleMatches,
    titleMatchShare: ratio(titleMatches, goldTitles),
  };
}

/** Scores a whole evaluation set. Documents are reported in the order given. */
export function scoreSet(docs: readonly ScoreInput[]): EvalReport {
  const perDoc = docs.map(scoreDoc);
  const fields = Object.fromEntries(
    FIELDS.map((field) => [
      field,
      fieldScore(sumCounts(perDoc.map((d) => d.fields[field])), !UNTARGETED_FIELDS.has(field)),
    ]),
  ) as Record<FieldName, FieldScore>;
  return { docs: docs.length, fields, segmentation: segmentation(perDoc), perDoc };
}
