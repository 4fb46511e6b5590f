import type { Command } from 'commander';
import { applyOverridesToList } from '../../overrides/apply.ts';
import { search, SEARCH_WINDOW } from '../../search/search.ts';
import { positiveInt } from '../args.ts';
import { contextOf, printJson } from '../context.ts';
import { itemLine, itemSummary } from '../format.ts';

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description(
      'full-text search with filters: 知网 "数据出境" -草案 category:enforcement region:江苏 authority:网信办 law:数据安全法 article:45 topic:cross-border after:2023-09-01 fine>=100000',
    )
    .argument('<query...>', 'query words and filters')
    .option('--limit <n>', 'at most n results', positiveInt('--limit'), 20)
    .option('--facets', 'also print counts per category, region, year, authority, law, topic and action')
    .option('--all', `rank and count every match, also beyond the ${SEARCH_WINDOW} most recently stored (slower on large stores)`)
    .action(async (words: string[], opts: { limit: number; facets?: boolean; all?: boolean }, cmd: Command) => {
      const ctx = contextOf(cmd);
      const db = await ctx.db();
      const r = await search(db, words.join(' '), { limit: opts.limit, window: opts.all ? undefined : SEARCH_WINDOW });
      // Hits show editors' corrections (matching and facets still use the extracted values).
      const items = await applyOverridesToList(db, r.hits.map((h) => h.item));
      if (ctx.json) {
        return printJson(ctx, {
          total: r.total,
          capped: r.capped,
          hits: r.hits.map((h, i) => ({ ...itemSummary(items[i]!), tags: items[i]!.tags, corrected: Object.keys(items[i]!.corrections), snippet: h.snippet, highlights: h.highlights })),
          facets: r.facets,
        });
      }
      for (const [i, h] of r.hits.entries()) {
        ctx.out(itemLine(items[i]!));
        ctx.out(`       ${mark(h.snippet, h.highlights)}`);
      }
      if (opts.facets) {
        for (const [field, values] of Object.entries(r.facets)) {
          if (values.length) ctx.out(`${field.padEnd(10)} ${values.map((v) => `${v.value} (${v.count})`).join(' · ')}`);
        }
      }
      ctx.err(
        r.capped
          ? `${r.hits.length} of ${r.total}+ results (the ${r.total} most recently stored matches ranked; --all ranks and counts every match)`
          : `${r.hits.length} of ${r.total} results`,
      );
    });
}

function mark(s: string, hs: { start: number; end: number }[]): string {
  let out = '';
  let at = 0;
  for (const h of hs) {
    if (h.start < at) continue;
    out += s.slice(at, h.start) + '【' + s.slice(h.start, h.end) + '】';
    at = h.end;
  }
  return out + s.slice(at);
}
