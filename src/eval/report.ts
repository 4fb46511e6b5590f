// Renders an EvalReport for people (a fixed-width table ending in one greppable summary line) and
// for machines (`--json`: stable key order, ratios rounded so that runs diff cleanly).

import { FIELDS } from './fields.ts';
import type { Counts } from './fields.ts';
import type { DocReport, EvalReport, FieldScore, SegmentationScore } from './score.ts';

function fixed(value: number | null, digits: number): string {
  return value === null ? '-' : value.toFixed(digits);
}

/** "+1.6%", "-12.5%", "+0.0%"; "n/a" when gold has no items to compare against. */
export function formatRelativeError(value: number | null): string {
  if (value === null) return 'n/a';
  const percent = Math.abs(value * 100).toFixed(1);
  const sign = value < 0 && percent !== '0.0' ? '-' : '+';
  return `${sign}${percent}%`;
}

/** `align` has one letter per column: `l` for names and notes, `r` for numbers. */
function table(header: readonly string[], rows: readonly (readonly string[])[], align: string): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const pad = (cell: string, i: number): string =>
    align[i] === 'l' ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0);
  return [header, ...rows].map((r) => r.map(pad).join('  ').trimEnd());
}

function fieldRows(report: EvalReport): string[] {
  const rows = FIELDS.map((field) => {
    const s = report.fields[field];
    return [
      field,
      String(s.tp),
      String(s.fp),
      String(s.fn),
      fixed(s.precision, 4),
      fixed(s.recall, 4),
      fixed(s.f1, 4),
      s.target ? '' : 'no target',
    ];
  });
  return table(['field', 'TP', 'FP', 'FN', 'precision', 'recall', 'F1', 'note'], rows, 'lrrrrrrl');
}

function segmentationLines(s: SegmentationScore): string[] {
  return [
    'segmentation',
    `  items: predicted ${s.predictedItems}, gold ${s.goldItems}, relative error ${formatRelativeError(s.relativeError)}`,
    `  titles: ${s.titleMatches}/${s.goldTitles} gold titles matched (${fixed(s.titleMatchShare, 4)})`,
  ];
}

function docRows(perDoc: readonly DocReport[]): string[] {
  const rows = perDoc.map((d) => [
    d.name,
    String(d.predictedItems),
    String(d.goldItems),
    formatRelativeError(d.relativeError),
    `${d.titleMatches}/${d.goldTitles}`,
  ]);
  return table(['document', 'predicted', 'gold', 'rel.error', 'titles'], rows, 'lrrrr');
}

/** The last line: item counts and the F1 of every field that has a target, two decimals. */
export function summaryLine(report: EvalReport): string {
  const s = report.segmentation;
  const fields = FIELDS.filter((f) => report.fields[f].target).map(
    (f) => `${f}=${fixed(report.fields[f].f1, 2)}`,
  );
  return [
    'summary:',
    `docs=${report.docs}`,
    `items=${s.predictedItems}/${s.goldItems} (${formatRelativeError(s.relativeError)})`,
    `titles=${fixed(s.titleMatchShare, 2)}`,
    ...fields,
  ].join(' ');
}

export function formatReportTable(report: EvalReport): string {
  return [
    ...fieldRows(report),
    '',
    ...segmentationLines(report.segmentation),
    '',
    ...docRows(report.perDoc),
    '',
    summaryLine(report),
  ].join('\n');
}

function round4(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10_000) / 10_000;
}

function countsJson(c: Counts): { tp: number; fp: number; fn: number } {
  return { tp: c.tp, fp: c.fp, fn: c.fn };
}

function fieldJson(s: FieldScore): Record<string, unknown> {
  return {
    ...countsJson(s),
    precision: round4(s.precision),
    recall: round4(s.recall),
    f1: round4(s.f1),
    target: s.target,
  };
}

function byField<T>(make: (field: (typeof FIELDS)[number]) => T): Record<string, T> {
  return Object.fromEntries(FIELDS.map((f) => [f, make(f)]));
}

/** Plain JSON with keys in a fixed order (fields in FIELDS order) and ratios rounded to 4 decimals. */
export function reportToJson(report: EvalReport): unknown {
  const s = report.segmentation;
  return {
    docs: report.docs,
    segmentation: {
      predictedItems: s.predictedItems,
      goldItems: s.goldItems,
      relativeError: round4(s.relativeError),
      goldTitles: s.goldTitles,
      titleMatches: s.titleMatches,
      titleMatchShare: round4(s.titleMatchShare),
    },
    fields: byField((f) => fieldJson(report.fields[f])),
    perDoc: report.perDoc.map((d) => ({
      name: d.name,
      predictedItems: d.predictedItems,
      goldItems: d.goldItems,
      relativeError: round4(d.relativeError),
      goldTitles: d.goldTitles,
      titleMatches: d.titleMatches,
      fields: byField((f) => countsJson(d.fields[f])),
    })),
  };
}
