import { z } from 'zod';

// The two inputs that describe laws: index.json of a law-text folder (format in shared/laws/README.md)
// and the catalogue shipped with regwatch (instruments and versions known without text).

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');

export const LEVELS = ['法律', '行政法规', '部门规章', '部门规范性文件'] as const;
export type Level = (typeof LEVELS)[number];
const level = z.enum(LEVELS);

export const indexEntrySchema = z.object({
  // A plain file name: entries may not point outside the folder.
  file: z.string().regex(/^[^/\\]+\.md$/, 'expected a file name ending in .md, without folders'),
  title: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  level,
  issuer: z.string().min(1),
  promulgated: isoDate,
  effective: isoDate,
  articles: z.number().int().positive().optional(),
  article_max: z.number().int().positive().optional(),
  source_repo: z.string().optional(),
  source_path: z.string().optional(),
  source_commit: z.string().optional(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lower-case hex digits').optional(),
  outdated: z.boolean().default(false),
  notes: z.string().default(''),
});
export type IndexEntry = z.infer<typeof indexEntrySchema>;

export const indexSchema = z.array(indexEntrySchema).min(1, 'index.json lists no laws');

const catalogueVersion = z
  .object({
    /** The file name the text would have in a law folder, without .md. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    /** enacted: adopted and in force from `effective`; draft: published for comment, never in force. */
    status: z.enum(['enacted', 'draft']),
    /** The order or decision that issued it, e.g. 国家互联网信息办公室令第11号. */
    document: z.string().default(''),
    promulgated: isoDate,
    effective: isoDate.nullable(),
    inForceUntil: isoDate.nullable().default(null),
    /** false: a date or fact here was not checked against an official source. */
    verified: z.boolean(),
    notes: z.string().default(''),
  })
  .strict()
  .refine((v) => v.status === 'draft' || v.effective !== null, 'an enacted version needs an effective date')
  .refine((v) => v.effective === null || v.promulgated <= v.effective, 'effective before promulgated');

export const catalogueLawSchema = z
  .object({
    id: z.string().regex(/^cn\.(?:law|regulation|rule|notice)\.[a-z0-9]+(?:-[a-z0-9]+)*$/),
    title: z.string().min(1),
    aliases: z.array(z.string().min(1)),
    level,
    issuer: z.string().min(1),
    verified: z.boolean(),
    notes: z.string().default(''),
    versions: z.array(catalogueVersion).min(1),
  })
  .strict();
export type CatalogueLaw = z.infer<typeof catalogueLawSchema>;
export type CatalogueVersion = CatalogueLaw['versions'][number];

export const catalogueSchema = z.object({ laws: z.array(catalogueLawSchema) }).strict();
export type Catalogue = z.infer<typeof catalogueSchema>;

/** The id prefix each level gets: cn.law.*, cn.regulation.*, cn.rule.*, cn.notice.*. */
export const LEVEL_KEY: Record<Level, string> = {
  法律: 'law',
  行政法规: 'regulation',
  部门规章: 'rule',
  部门规范性文件: 'notice',
};
