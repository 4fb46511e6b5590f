import type { Command } from 'commander';
import { benchExtract, benchIngest, benchSearch, withWorkDir } from '../../bench/bench.ts';
import { benchExport } from '../../bench/export.ts';
import { QueryError } from '../../errors.ts';
import { positiveInt } from '../args.ts';
import { isPostgresUrl } from '../../store/open.ts';
import { contextOf, printJson, type CliContext } from '../context.ts';

// `export` is not part of `all`: it starts Chromium for the PDF.
const WHAT = ['all', 'ingest', 'extract', 'search', 'export'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function registerBench(program: Command): void {
  program
    .command('bench')
    .description('measure ingest throughput, extraction cost against a plain jieba pass, and search latency')
    .argument('[what]', `one of ${WHAT.join(', ')}`, 'all')
    .option('--corpus <dir>', 'folder of .txt/.md documents', '../shared/seeds')
    .option('--copies <n>', 'copies of the corpus to ingest (ingest, search and export)', positiveInt('--copies'), 10)
    .option('--from <date>', 'export: first day of the newsletter', '2023-09-01')
    .option('--to <date>', 'export: last day of the newsletter', '2023-09-30')
    .action(async (what: string, opts: { corpus: string; copies: number; from: string; to: string }, cmd: Command) => {
      if (!(WHAT as readonly string[]).includes(what)) throw new QueryError(`bench: unknown benchmark "${what}"; use one of ${WHAT.join(', ')}`);
      const ctx = contextOf(cmd);
      const report: Record<string, unknown> = {};
      if (what === 'export') {
        if (!DATE.test(opts.from) || !DATE.test(opts.to) || opts.from > opts.to) throw new QueryError('bench export: --from and --to must be dates as YYYY-MM-DD, in order');
        await withWorkDir(async (dir) => {
          const { report: i, db } = await benchIngest(opts.corpus, opts.copies, dir, benchTarget(ctx));
          ctx.err(`export   corpus: ${i.documents} documents, ${i.items} items (${opts.copies} copies)`);
          const { results, skipped } = await benchExport(db, { from: opts.from, to: opts.to, publisher: ctx.config.publish.publisher, disclaimer: ctx.config.publish.disclaimer });
          report.export = { corpus: i, results, skipped };
          if (!ctx.json) {
            for (const r of results) ctx.out(`export   ${r.format.padEnd(4)} ${r.from}..${r.to} ${r.entries} entries, ${(r.bytes / 1024).toFixed(0)} KB in ${r.seconds} s, peak RSS ${r.peakRssMb} MB (+${r.rssDeltaMb} MB)`);
            for (const s of skipped) ctx.out(`export   skipped ${s}`);
          }
          await db.close();
        });
        if (ctx.json) printJson(ctx, report);
        return;
      }
      if (what === 'all' || what === 'extract') {
        const e = benchExtract(opts.corpus);
        report.extract = e;
        if (!ctx.json) ctx.out(`extract  ${e.megabytes} MB, ${e.items} items in ${e.seconds} s: ${e.mbPerSecond} MB/s (fastest round ${e.bestRoundMbPerSecond} MB/s), ${e.itemsPerSecond} items/s; ${e.ratioToJieba}× one plain jieba pass (${e.jiebaSeconds} s)`);
      }
      if (what !== 'extract') {
        await withWorkDir(async (dir) => {
          const { report: i, db } = await benchIngest(opts.corpus, opts.copies, dir, benchTarget(ctx));
          if (what !== 'search') {
            report.ingest = i;
            if (!ctx.json) ctx.out(`ingest   ${i.documents} documents, ${i.megabytes} MB, ${i.items} items: ${i.seconds} s (${i.mbPerSecond} MB/s, ${i.itemsPerSecond} items/s), peak RSS ${i.peakRssMb} MB`);
          }
          if (what === 'all' || what === 'search') {
            const s = await benchSearch(db);
            report.search = { items: i.items, queries: s };
            if (!ctx.json) for (const q of s) ctx.out(`search   ${q.query.padEnd(34)} ${String(q.results).padStart(3)} results  median ${q.medianMs} ms  p95 ${q.p95Ms} ms  (${i.items} items)`);
          }
          await db.close();
        });
      }
      if (ctx.json) printJson(ctx, report);
    });
}

/** A PostgreSQL URL given with --db / REGWATCH_DB is benchmarked (it should name an empty database); otherwise a fresh SQLite file. */
function benchTarget(ctx: CliContext): string | undefined {
  return isPostgresUrl(ctx.config.dbPath) ? ctx.config.dbPath : undefined;
}
