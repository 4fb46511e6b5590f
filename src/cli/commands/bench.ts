import type { Command } from 'commander';
import { runBench } from '../../bench/bench.ts';
import { contextOf, printJson } from '../context.ts';

export function registerBench(program: Command): void {
  program
    .command('bench')
    .description('measure ingest throughput, extraction cost against a plain jieba pass, and search latency')
    .option('--corpus <dir>', 'folder of .txt/.md documents to replicate', '../shared/seeds')
    .option('--copies <n>', 'copies of the corpus to ingest', (v) => Number(v), 10)
    .action((opts: { corpus: string; copies: number }, cmd: Command) => {
      const ctx = contextOf(cmd);
      const r = runBench(opts.corpus, opts.copies, ctx.err);
      if (ctx.json) return printJson(ctx, r);
      ctx.out(`ingest   ${r.corpus.documents} documents, ${r.corpus.megabytes} MB, ${r.ingest.items} items: ${r.ingest.seconds} s (${r.ingest.mbPerSecond} MB/s, ${r.ingest.itemsPerSecond} items/s), peak RSS ${r.ingest.peakRssMb} MB`);
      ctx.out(`extract  ${r.extract.mbPerSecond} MB/s; ${r.extract.ratioToJieba}× the time of one plain jieba pass over the same text`);
      for (const s of r.search) ctx.out(`search   ${s.query.padEnd(34)} ${String(s.results).padStart(3)} results  median ${s.medianMs} ms  p95 ${s.p95Ms} ms`);
    });
}
