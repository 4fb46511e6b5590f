import { z } from 'zod';

// One item in the layout of shared/eval/FORMAT.md. Gold files are arrays of these; regwatch's own
// predictions are converted to the same shape before scoring, so both go through one schema.

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const isoDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'expected YYYY-MM-DD or YYYY-MM');

export const evalItemSchema = z.object({
  date: isoDate.nullable(),
  title: z.string().nullable(),
  authorities: z.array(z.string()),
  instruments: z.array(z.string()),
  citations: z.array(
    z.object({
      law: z.string(),
      article: z.number().int(),
      paragraph: z.number().int().nullable(),
    }),
  ),
  penalties: z.array(
    z.object({
      amount: z.number(),
      currency: z.string().length(3),
      text: z.string(),
    }),
  ),
  actions: z.array(z.string()),
  category: z.enum(['legislation', 'enforcement', 'judicial', 'industry', 'overseas']),
  region: z.string().nullable(),
  status: z.enum(['draft', 'issued', 'effective']).nullable(),
  deadline: isoDay.nullable(),
});

export type EvalItem = z.infer<typeof evalItemSchema>;
export const goldFileSchema = z.array(evalItemSchema);
