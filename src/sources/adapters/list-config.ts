import { z } from 'zod';

// A "list page → article pages" source described by data, so a new government site is a config
// entry (sites.json), not code. Selectors are CSS, as cheerio understands them.
export const listConfigSchema = z.object({
  list: z.object({
    /** Each matched element is one listed article. */
    item: z.string().min(1),
    /** The link inside an item (default: the first <a>); the item itself when it is the link. */
    link: z.string().min(1).default('a'),
    title: z.string().min(1).optional(),
    date: z.string().min(1).optional(),
  }),
  article: z
    .object({
      title: z.string().min(1).optional(),
      date: z.string().min(1).optional(),
      /** The article body; alternatives separated by commas are tried in document order. */
      body: z.string().min(1),
    })
    .optional(),
  pagination: z
    .object({
      /** Link to the next list page. */
      next: z.string().min(1).optional(),
      /** Or a URL template relative to the list URL, `{n}` replaced by the page number. */
      pattern: z.string().includes('{n}').optional(),
      /** The number `{n}` takes on the second page (index_1.htm → 1, list_2.html → 2). */
      start: z.number().int().min(0).default(1),
      maxPages: z.number().int().min(1).max(50).default(1),
    })
    .optional(),
  /** At most this many article pages are fetched per run (the newest first). */
  maxArticles: z.number().int().min(1).max(500).default(30),
});

export type ListConfig = z.infer<typeof listConfigSchema>;
