import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { benchExtract, benchIngest, benchSearch, withWorkDir } from '../../bench/bench.ts';
import { benchExport } from '../../bench/export.ts';
import { benchSearchAtScale, type SearchBenchReport } from '../../bench/search.ts';
import { benchWeb } from '../../bench/web.ts';
import { BACKENDS, type BackendKind } from '../../bench/search-backend.ts';
import { searchTable } from '../../bench/search-table.ts';
import { QueryError } from '../../errors.ts';
import { positiveInt } from '../args.ts';
import { isPostgresUrl } from '../../store/open.ts';
import { contextOf, printJson, type CliContext } from '../context.ts';

// `export` is not part of `all`: it starts Chromium for the PDF.
const WHAT = ['all', 'ingest', 'extract', 'search', 'export', 'web'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function registerBench(program: Command): void {
  program
    .command('bench')
    .description('measure ingest throughput, extraction cost against a plain jieba pass, search latency (search: at 100k/1M synthetic items) and web page render times over --db (web)')
    .argument('[what]', `one of ${WHAT.join(', ')}`, 'all')
    .option('--corpus <dir>', 'folder of .txt/.md documents', '../shared/seeds')
    .option('--copies <n>', 'copies of the corpus to ingest (ingest, search and export)', positiveInt('--copies'), 10)
    .option('--items <list>', 'search: corpus sizes, comma-separated', itemCounts, [100_000])
    .option('--rounds <n>', 'search, web: timed passes over the query mix / page list', positiveInt('--rounds'), 3)
    .option('--naive <n>', 'search: text queries also run as a naive LIKE scan', positiveInt('--naive'), 20)
    .option('--keep <dir>', 'search: keep the SQLite corpus databases in this folder and reuse them on the next run')
    .option('--backend <kind>', `search: store to measure, ${BACKENDS.join(' or ')}`, backendKind, 'sqlite')
    .option('--pg <url>', 'search --backend postgres: URL of an empty database (default: a PostgreSQL --db / REGWATCH_DB)')
    .option('--quick', 'search: only the quick check of ten queries on copies of the seeds (as in `bench all`)')
    .option('--from <date>', 'export: first day of the newsletter', '2023-09-01')
    .option('--to <date>', 'export: last day of the newsletter', '2023-09-30')
    .action(async (what: string, opts: BenchOptions, cmd: Command) => {
      if (!(WHAT as readonly string[]).includes(what)) throw new QueryError(`bench: unknown benchmark "${what}"; use one of ${WHAT.join(', ')}`);
      const ctx = contextOf(cmd);
      const report: Record<string, unknown> = {};
      if (what === 'search' && !opts.quick) {
        const reports = await searchAtScale(opts, ctx);
        if (ctx.json) printJson(ctx, { search: reports });
        else for (const line of searchTable(reports)) ctx.out(line);
        return;
      }
      // Pages of the web app over the database of --db (a user's own, or one kept by `bench search --keep`).
      if (what === 'web') {
        const db = await ctx.db();
        try {
          const r = await benchWeb(db, opts.rounds, (m) => ctx.err(m));
          if (ctx.json) printJson(ctx, { web: r });
          else for (const p of r.pages) ctx.out(`web      ${p.kind.padEnd(12)} ${r.items} items: p50 ${p.p50Ms} ms, p95 ${p.p95Ms} ms, p99 ${p.p99Ms} ms, max ${p.maxMs} ms (${p.pages} pages × ${r.rounds})`);
        } finally {
          await db.close();
        }
        return;
      }
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
          // `all` and `search --quick` run the quick search check on the copied seeds.
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

interface BenchOptions {
  corpus: string;
  copies: number;
  items: number[];
  rounds: number;
  naive: number;
  keep?: string;
  backend: BackendKind;
  pg?: string;
  quick?: boolean;
  from: string;
  to: string;
}

function itemCounts(v: string): number[] {
  return v.split(',').map((s) => positiveInt('--items')(s.trim().replace(/_/g, '')));
}

function backendKind(v: string): BackendKind {
  if (!(BACKENDS as readonly string[]).includes(v)) throw new QueryError(`--backend: use one of ${BACKENDS.join(', ')}`);
  return v as BackendKind;
}

/**
 * One synthetic corpus per size. SQLite: a file per size in --keep or in a temporary folder removed
 * afterwards. PostgreSQL: the empty database named by --pg (or a PostgreSQL --db / REGWATCH_DB),
 * so one size per run.
 */
async function searchAtScale(opts: BenchOptions, ctx: CliContext): Promise<SearchBenchReport[]> {
  const say = (m: string) => ctx.err(`search   ${m}`);
  const url = opts.pg ?? benchTarget(ctx);
  if (opts.backend === 'postgres') {
    if (!url || !isPostgresUrl(url)) throw new QueryError('bench search --backend postgres: give the URL of an empty database with --pg postgres://… (or --db / REGWATCH_DB)');
    if (opts.items.length !== 1) throw new QueryError('bench search --backend postgres: one --items size per run (each needs its own empty database)');
  }
  const run = async (dir: string) => {
    const reports: SearchBenchReport[] = [];
    for (const items of opts.items) {
      say(`${items} items on ${opts.backend}`);
      reports.push(
        await benchSearchAtScale({
          corpusDir: opts.corpus,
          items,
          backend: opts.backend,
          location: opts.backend === 'postgres' ? url! : path.join(dir, `search-${items}.db`),
          workDir: dir,
          rounds: opts.rounds,
          naiveQueries: opts.naive,
          onProgress: say,
        }),
      );
    }
    return reports;
  };
  if (!opts.keep) return withWorkDir(run);
  fs.mkdirSync(opts.keep, { recursive: true });
  return run(opts.keep);
}
