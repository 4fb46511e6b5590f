import type { Command } from 'commander';
import { benchExtract, benchIngest, benchSearch, withWorkDir } from '../../bench/bench.ts';
import { QueryError } from '../../errors.ts';
import { contextOf, printJson } from '../context.ts';

const WHAT = ['all', 'ingest', 'extract', 'search'] as const;

export function registerBench(program: Command): void {
  program
    .command('bench')
    .description('measure ingest throughput, extraction cost against a plain jieba pass, and search latency')
    .argument('[what]', `one of ${WHAT.join(', ')}`, 'all')
    .option('--corpus <dir>', 'folder of .txt/.md documents', '../shared/seeds')
    .option('--copies <n>', 'copies of the corpus to ingest (ingest and search)', (v) => Number(v), 10)
    .action(async (what: string, opts: { corpus: string; copies: number }, cmd: Command) => {
      if (!(WHAT as readonly string[]).includes(what)) throw new QueryError(`bench: unknown benchmark "${what}"; use one of ${WHAT.join(', ')}`);
      const ctx = contextOf(cmd);
      const report: Record<string, unknown> = {};
      if (what === 'all' || what === 'extract') {
        const e = benchExtract(opts.corpus);
        report.extract = e;
        if (!ctx.json) ctx.out(`extract  ${e.megabytes} MB, ${e.items} items in ${e.seconds} s: ${e.mbPerSecond} MB/s, ${e.itemsPerSecond} items/s; ${e.ratioToJieba}× one plain jieba pass (${e.jiebaSeconds} s)`);
      }
      if (what !== 'extract') {
        await withWorkDir(async (dir) => {
          const { report: i, db } = await benchIngest(opts.corpus, opts.copies, dir);
          if (what !== 'search') {
            report.ingest = i;
            if (!ctx.json) ctx.out(`ingest   ${i.documents} documents, ${i.megabytes} MB, ${i.items} items: ${i.seconds} s (${i.mbPerSecond} MB/s, ${i.itemsPerSecond} items/s), peak RSS ${i.peakRssMb} MB`);
          }
          if (what === 'all' || what === 'search') {
            const s = benchSearch(db);
            report.search = { items: i.items, queries: s };
            if (!ctx.json) for (const q of s) ctx.out(`search   ${q.query.padEnd(34)} ${String(q.results).padStart(3)} results  median ${q.medianMs} ms  p95 ${q.p95Ms} ms  (${i.items} items)`);
          }
          db.close();
        });
      }
      if (ctx.json) printJson(ctx, report);
    });
}
