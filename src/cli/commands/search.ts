import type { Command } from 'commander';
import { searchItems } from '../../search/search.ts';
import { contextOf, printJson } from '../context.ts';
import { itemLine, itemSummary } from '../format.ts';

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('full-text search with filters: 知网 "数据出境" -草案 category:enforcement region:江苏 authority:网信办 law:数据安全法 after:2023-09-01')
    .argument('<query...>', 'query words and filters')
    .option('--limit <n>', 'at most n results', (v) => Number(v), 20)
    .action((words: string[], opts: { limit: number }, cmd: Command) => {
      const ctx = contextOf(cmd);
      const hits = searchItems(ctx.db(), words.join(' '), { limit: opts.limit });
      if (ctx.json) return printJson(ctx, hits.map((h) => ({ ...itemSummary(h.item), snippet: h.snippet, highlights: h.highlights })));
      for (const h of hits) {
        ctx.out(itemLine(h.item));
        ctx.out(`       ${mark(h.snippet, h.highlights)}`);
      }
      ctx.err(`${hits.length} results`);
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
