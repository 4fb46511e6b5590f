import * as cheerio from 'cheerio';
import { z } from 'zod';

const empty = cheerio.load('');
/** A CSS selector cheerio can parse; checked when the config is stored, not on every run. */
const selector = z
  .string()
  .min(1)
  .refine((s) => {
    try {
      empty(s);
      return true;
    } catch {
      return false;
    }
  }, 'not a valid CSS selector');

// A "list page → article pages" source described by data, so a new government site is a config
// entry (sites.json), not code. Selectors are CSS, as cheerio understands them.
export const listConfigSchema = z.object({
  list: z.object({
    /** Each matched element is one listed article. */
    item: selector,
    /** The link inside an item (default: the first <a>); the item itself when it is the link. */
    link: selector.default('a'),
    title: selector.optional(),
    date: selector.optional(),
  }),
  article: z
    .object({
      title: selector.optional(),
      date: selector.optional(),
      /** The article body; alternatives separated by commas are tried in document order. */
      body: selector,
    })
    .optional(),
  pagination: z
    .object({
      /** Link to the next list page. */
      next: selector.optional(),
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
