import { z } from 'zod';
import authoritiesData from './data/authorities.json' with { type: 'json' };
import localBodiesData from './data/local-bodies.json' with { type: 'json' };
import { foldString, isHan } from './match-text.ts';

// The authority gazetteer (data/authorities.json) and the kinds of local bodies
// (data/local-bodies.json), parsed and checked once at module load. A malformed data file fails
// loudly here instead of silently matching nothing.

export const AUTHORITY_LEVELS = ['national', 'ministry', 'provincial', 'municipal', 'district', 'international', 'foreign'] as const;
export type AuthorityLevel = (typeof AUTHORITY_LEVELS)[number];

const bodySchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/),
  name: z.string().min(2),
  aliases: z.array(z.string().min(2)),
  weakAliases: z.array(z.string().min(2)).optional(),
  units: z.array(z.string().min(2)).optional(),
  /** A short alias is not this body right after one of these (央行 in 中央行政机关). */
  notAfter: z.array(z.string().min(1)).optional(),
  /** The name is not this body when followed by one of these (国务院总理 is a person). */
  notBefore: z.array(z.string().min(1)).optional(),
  en: z.string().nullable(),
  abbr: z.string().nullable(),
  level: z.enum(AUTHORITY_LEVELS),
  parent: z.string().nullable(),
  country: z.string().regex(/^[A-Z]{2}$/),
  note: z.string().optional(),
});
export type GazetteerBody = z.infer<typeof bodySchema>;

const kindSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  en: z.string(),
  enForms: z.array(z.string()).optional(),
  role: z.enum(['place', 'unit', 'branch']),
  forms: z.record(z.string().min(2), z.string().nullable()),
  notBefore: z.record(z.string(), z.array(z.string().min(1))).optional(),
});
export type BodyKind = z.infer<typeof kindSchema>;

export const gazetteerSchema = z.object({ bodies: z.array(bodySchema) });
export const localBodiesSchema = z.object({
  kinds: z.array(kindSchema),
  suffixes: z.array(z.string().min(1)),
  badEndings: z.array(z.string().min(2)),
  verbStops: z.array(z.string().min(1)),
  nounStops: z.array(z.string().min(1)),
  offices: z.array(z.string().min(2)),
  genericActors: z.object({
    qualifiers: z.array(z.string().min(1)),
    bodies: z.array(z.string().min(2)),
    before: z.array(z.string().min(1)),
    adverbs: z.array(z.string().min(1)),
    verbs: z.array(z.string().min(1)),
  }),
});

/** What the web app shows for an authority. */
export interface AuthorityEntry {
  id: string;
  name: string;
  en: string | null;
  abbr: string | null;
  level: AuthorityLevel;
  parent: string | null;
}

export const GAZETTEER: readonly GazetteerBody[] = gazetteerSchema.parse(authoritiesData).bodies;
export const LOCAL_BODIES = localBodiesSchema.parse(localBodiesData);

const BY_ID = new Map(GAZETTEER.map((b) => [b.id, b]));

export function bodyById(id: string): GazetteerBody | undefined {
  return BY_ID.get(id);
}

export function toEntry(body: GazetteerBody): AuthorityEntry {
  return { id: body.id, name: body.name, en: body.en, abbr: body.abbr, level: body.level, parent: body.parent };
}

export interface SurfaceForm {
  form: string;
  body: GazetteerBody;
  /** Ambiguous abbreviation (ICO): needs the body's other names or its country nearby. */
  weak: boolean;
}

/** Chinese names of a body, the ones its children's unit names are appended to. */
function chineseNames(body: GazetteerBody): string[] {
  return [body.name, ...body.aliases].filter((n) => isHan(n[0]));
}

/**
 * Every surface form of every body: name, aliases, weak aliases, and for children each parent
 * name followed by each unit name (工信部信息通信管理局, 工业和信息化部信管局). Forms are folded
 * (simplified script) because matching runs on folded text.
 */
export function surfaceForms(bodies: readonly GazetteerBody[] = GAZETTEER): SurfaceForm[] {
  const byId = new Map(bodies.map((b) => [b.id, b]));
  const out: SurfaceForm[] = [];
  for (const body of bodies) {
    const forms = new Set<string>([body.name, ...body.aliases]);
    const parent = body.parent ? byId.get(body.parent) : undefined;
    if (parent && body.units) {
      for (const p of chineseNames(parent)) for (const u of body.units) forms.add(p + u);
    }
    for (const form of forms) out.push({ form: foldString(form), body, weak: false });
    for (const form of body.weakAliases ?? []) out.push({ form: foldString(form), body, weak: true });
  }
  return out;
}
