import type { ItemRecord } from '../extract/record.ts';
import type { EvalItem } from './types.ts';

/** An extracted item in the FORMAT.md shape, for scoring against gold. */
export function toEvalItem(r: ItemRecord): EvalItem {
  const of = (field: string) => r.values.filter((v) => v.field === field);
  return {
    date: r.date,
    title: r.segment.title,
    authorities: of('authority').map((v) => v.value),
    instruments: of('instrument').map((v) => v.value),
    citations: of('citation').map((v) => ({
      law: String(v.data.law),
      article: Number(v.data.article),
      paragraph: v.data.paragraph === null || v.data.paragraph === undefined ? null : Number(v.data.paragraph),
    })),
    penalties: of('penalty').map((v) => ({
      amount: Number(v.data.amount),
      currency: String(v.data.currency),
      text: v.surface ?? '',
    })),
    actions: of('action').map((v) => v.surface ?? v.value),
    category: r.category,
    region: r.region,
    status: r.status,
    deadline: r.deadline && /^\d{4}-\d{2}-\d{2}$/.test(r.deadline) ? r.deadline : null,
  };
}
