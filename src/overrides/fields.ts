import { z } from 'zod';
import { CATEGORIES } from '../extract/types.ts';

// The fields an editor can correct. Scalar fields replace one value (null clears it); list fields
// replace the whole list, the way an editor sees it in the form (one entry per line). `valueField`
// names the item_values rows a list stands for.

export const SCALAR_FIELDS = ['title', 'date', 'category', 'region', 'status', 'deadline', 'commentary'] as const;
export const LIST_FIELDS = {
  authorities: 'authority',
  instruments: 'instrument',
  penalties: 'penalty',
  topics: 'topic',
  tags: null,
} as const;

/** An instrument's status as an editor may set it (blank clears it). */
export const STATUSES = ['draft', 'issued', 'effective'] as const;

export type ScalarField = (typeof SCALAR_FIELDS)[number];
export type ListField = keyof typeof LIST_FIELDS;
export type Field = ScalarField | ListField;
export type FieldValue = string | null | string[];

export const FIELDS: readonly Field[] = [...SCALAR_FIELDS, ...(Object.keys(LIST_FIELDS) as ListField[])];

export function isListField(f: string): f is ListField {
  return Object.hasOwn(LIST_FIELDS, f);
}

const blankToNull = (v: string) => (v.trim() === '' ? null : v.trim());
const text = (max: number) => z.string().max(max, `at most ${max} characters`).transform(blankToNull);
const isoDate = z
  .string()
  .transform(blankToNull)
  .refine((v) => v === null || (/^\d{4}-\d{2}(-\d{2})?$/.test(v) && !Number.isNaN(Date.parse(v.length === 7 ? v + '-01' : v)) && new Date(v.length === 7 ? v + '-01' : v).toISOString().startsWith(v)), {
    message: 'expected a date like 2023-09-14 or 2023-09, or nothing',
  });
const list = z
  .string()
  .max(20_000)
  .transform((v) => [...new Set(v.split(/\r?\n/).map((s) => s.trim()).filter(Boolean))])
  .refine((l) => l.length <= 100, 'at most 100 entries')
  .refine((l) => l.every((s) => s.length <= 200), 'each entry at most 200 characters');

/** The edit form: every field as the form posts it (text, lists one entry per line), plus a note. */
export const editForm = z.object({
  title: text(500),
  date: isoDate,
  category: z.enum(CATEGORIES as [string, ...string[]], { error: `category must be one of ${CATEGORIES.join(', ')}` }),
  region: text(100),
  status: z
    .string()
    .transform(blankToNull)
    .refine((v) => v === null || (STATUSES as readonly string[]).includes(v), `status must be ${STATUSES.join(', ')} or nothing`),
  deadline: isoDate,
  commentary: text(10_000),
  authorities: list,
  instruments: list,
  penalties: list,
  topics: list,
  tags: list,
  note: text(1000),
  // The values the form showed, so only what this editor changed is stored and a field someone else
  // corrected meanwhile is reported as a conflict instead of silently reverted. Optional for API clients.
  _shown: z
    .string()
    .max(200_000)
    .transform((s, ctx) => {
      try {
        return JSON.parse(s) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'not JSON' });
        return z.NEVER;
      }
    })
    .pipe(z.record(z.string(), z.union([z.string(), z.null(), z.array(z.string())])))
    .optional(),
});

export type EditForm = z.infer<typeof editForm>;

/** A value as the form would give it back: trimmed, blank as null, lists without blanks or repeats. */
export function normalise(field: Field, v: FieldValue | undefined): FieldValue {
  if (isListField(field)) return Array.isArray(v) ? normaliseList(v) : [];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

export function normaliseList(list: readonly string[]): string[] {
  return [...new Set(list.map((s) => s.trim()).filter(Boolean))];
}

export function sameValue(a: FieldValue, b: FieldValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
