import { z } from 'zod';
import { listConfigSchema } from './adapters/list-config.ts';
import raw from './sites.json' with { type: 'json' };

// Ready-made "list page → article" sources. A new government site is an entry in sites.json.
// `verified: false` means the selectors were written from the site's known layout and tested on
// fixtures of that layout only, not yet against the live site.
export const siteSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: z.string().min(1),
  authority: z.string().min(1),
  lang: z.enum(['zh', 'en']),
  url: z.url({ protocol: /^https?$/ }),
  /** Minutes between runs. */
  interval: z.number().int().min(15),
  verified: z.boolean(),
  config: listConfigSchema,
});

export type Site = z.infer<typeof siteSchema>;

export const SITES: Site[] = z.array(siteSchema).parse(raw);
