import { fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ingestPaths } from '../ingest/service.ts';
import { openStore } from '../store/open.ts';
import type { Sql } from '../store/sql.ts';
import type { BackendKind } from './search-backend.ts';
import { loadSeedItems, writeSyntheticItems } from './search-corpus.ts';
import { QUERY_KINDS, queryMix, TEXT_KINDS, type BenchQuery, type QueryKind } from './search-queries.ts';
import type { WorkerJob, WorkerResult } from './search-worker.ts';

// `regwatch bench search`: builds a synthetic corpus of N items from the seeds (see
// search-corpus.ts), then runs the fixed query mix against it in a fresh child process and reports
// latency percentiles per query kind, the naive LIKE scan beside it, and the search side's peak RSS.

export interface SearchBenchOptions {
  corpusDir: string;
  items: number;
  backend: BackendKind;
  /**
   * SQLite: the database file; an existing one with its build report beside it is reused, not
   * rebuilt. PostgreSQL: the URL of an empty database, built on every run.
   */
  location: string;
  /** Folder for the job file handed to the query process. */
  workDir: string;
  rounds: number;
  /** Text queries also answered by the naive scan (it reads every body, so not all 200). */
  naiveQueries: number;
  onProgress?: (message: string) => void;
}

export interface BuildReport {
  items: number;
  seedItems: number;
  seconds: number;
  /** CPU time of the building process (absent in reports of older runs). */
  cpuSeconds?: number;
  itemsPerSecond: number;
  dbMegabytes: number;
}

export interface KindReport {
  /** A query kind, or `text` for all text kinds together. */
  kind: string;
  queries: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  /** CPU time of the query process per query (wall time above includes waiting for the CPU). */
  cpuP50Ms: number;
  cpuP95Ms: number;
  /** Median matches per query. */
  medianTotal: number;
}

export interface NaiveReport {
  queries: number;
  medianMs: number;
  /** Naive time over search time (no facets) of the same query: median and worst case. */
  medianSpeedup: number;
  minSpeedup: number;
  /** The same in CPU time. */
  cpuMedianMs: number;
  cpuMedianSpeedup: number;
  cpuMinSpeedup: number;
}

export interface SearchBenchReport {
  backend: BackendKind;
  build: BuildReport & { reused: boolean };
  kinds: KindReport[];
  /** All text kinds together, the figure the p95 ≤ 50 ms target is about. */
  text: KindReport;
  naive: NaiveReport;
  peakRssMb: number;
}

export async function benchSearchAtScale(opts: SearchBenchOptions): Promise<SearchBenchReport> {
  const say = opts.onProgress ?? (() => undefined);
  let build: BuildReport;
  let reused = false;
  const buildFile = `${opts.location}.build.json`;
  if (opts.backend === 'sqlite' && fs.existsSync(opts.location) && fs.existsSync(buildFile)) {
    build = JSON.parse(fs.readFileSync(buildFile, 'utf8')) as BuildReport;
    if (build.items !== opts.items) throw new Error(`${opts.location} holds ${build.items} items, not ${opts.items}: delete it or pick another file`);
    reused = true;
    say(`reusing ${opts.location} (${build.items} items)`);
  } else {
    if (opts.backend === 'sqlite' && fs.existsSync(opts.location)) throw new Error(`${opts.location} exists without ${path.basename(buildFile)}: delete it or pick another file`);
    build = await buildCorpus(opts, say);
    if (opts.backend === 'sqlite') fs.writeFileSync(buildFile, JSON.stringify(build));
  }
  const db = await openStore(opts.location);
  const mix = queryMix(await loadSeedItems(db));
  await db.close();
  const naive = naiveSubset(mix, opts.naiveQueries);
  say(`running ${mix.length} queries × ${opts.rounds} rounds and ${naive.length} naive scans`);
  const result = await runWorker(
    { backend: opts.backend, location: opts.location, rounds: opts.rounds, queries: mix.map(({ query, facets }) => ({ query, facets })), naive },
    opts.workDir,
  );
  return { backend: opts.backend, build: { ...build, reused }, ...summarise(mix, result), peakRssMb: result.peakRssMb };
}

async function buildCorpus(opts: SearchBenchOptions, say: (m: string) => void): Promise<BuildReport> {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const db = await openStore(opts.location);
  try {
    const stored = await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM documents');
    if ((stored?.n ?? 0) > 0) throw new Error('bench search: the PostgreSQL database already holds documents; give the URL of an empty database');
    // The seeds go through the real pipeline once; everything else is recombined from them.
    await ingestPaths(db, [opts.corpusDir], { maxFileBytes: 50 * 1024 * 1024 });
    const seeds = await loadSeedItems(db);
    const seedItems = seeds.length;
    const synthetic = Math.max(0, opts.items - seedItems);
    let last = performance.now();
    await writeSyntheticItems(db, seeds, synthetic, {
      seed: 1,
      onProgress: (n) => {
        if (performance.now() - last < 10_000 && n < synthetic) return;
        last = performance.now();
        say(`  ${n + seedItems} / ${opts.items} items, ${((last - t0) / 1000).toFixed(0)} s`);
      },
    });
    say('  merging the full-text index and analysing');
    await settle(db);
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const items = seedItems + synthetic;
    return { items, seedItems, seconds: round(seconds), cpuSeconds: round((cpu.user + cpu.system) / 1e6), itemsPerSecond: Math.round(items / seconds), dbMegabytes: await megabytes(db, opts.location) };
  } finally {
    await db.close();
  }
}

/** After the bulk write: merge the index segments and refresh the planner's statistics. */
async function settle(db: Sql): Promise<void> {
  if (db.dialect === 'sqlite') {
    await db.exec("INSERT INTO items_fts(items_fts) VALUES ('optimize')");
    await db.exec('ANALYZE');
    await db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  } else {
    await db.exec('VACUUM ANALYZE');
  }
}

async function megabytes(db: Sql, location: string): Promise<number> {
  const bytes = db.dialect === 'sqlite' ? fs.statSync(location).size : ((await db.get<{ b: number }>('SELECT pg_database_size(current_database()) AS b'))?.b ?? 0);
  return Math.round(bytes / 1024 / 1024);
}

/** Every k-th text query, so the naive subset spreads over all text kinds. */
function naiveSubset(mix: BenchQuery[], count: number): WorkerJob['naive'] {
  const text = mix.flatMap((q, index) => (q.term !== null && !q.facets ? [{ index, term: q.term }] : []));
  if (count <= 0) return [];
  const step = Math.max(1, Math.floor(text.length / count));
  return text.filter((_, i) => i % step === 0).slice(0, count);
}

function runWorker(job: WorkerJob, dir: string): Promise<WorkerResult> {
  const jobFile = path.join(dir, `search-bench-job-${process.pid}.json`);
  fs.writeFileSync(jobFile, JSON.stringify(job));
  return new Promise((resolve, reject) => {
    const child = fork(path.join(import.meta.dirname, 'search-worker.ts'), ['--job', jobFile], {
      execArgv: ['--import', import.meta.resolve('tsx')],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let result: WorkerResult | undefined;
    child.on('message', (m) => (result = m as WorkerResult));
    child.on('error', reject);
    child.on('exit', (code) => {
      fs.rmSync(jobFile, { force: true });
      if (result) resolve(result);
      else reject(new Error(`bench search: the query process exited with code ${code} before reporting`));
    });
  });
}

function summarise(mix: BenchQuery[], r: WorkerResult): Pick<SearchBenchReport, 'kinds' | 'text' | 'naive'> {
  const kindOf = (kinds: readonly QueryKind[], label: string): KindReport => {
    const picked = mix.flatMap((q, i) => (kinds.includes(q.kind) ? [i] : []));
    const times = picked.flatMap((i) => r.times[i] ?? []).sort((a, b) => a - b);
    const cpu = picked.flatMap((i) => r.cpu[i] ?? []).sort((a, b) => a - b);
    const totals = picked.map((i) => r.totals[i] ?? 0).sort((a, b) => a - b);
    return {
      kind: label,
      queries: picked.length,
      p50Ms: round(percentile(times, 0.5)),
      p95Ms: round(percentile(times, 0.95)),
      p99Ms: round(percentile(times, 0.99)),
      maxMs: round(times[times.length - 1] ?? 0),
      cpuP50Ms: round(percentile(cpu, 0.5)),
      cpuP95Ms: round(percentile(cpu, 0.95)),
      medianTotal: percentile(totals, 0.5),
    };
  };
  const median = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 0.5);
  const speedups = r.naive.map((n) => n.ms / Math.max(0.001, median(r.times[n.index] ?? [])));
  const cpuSpeedups = r.naive.map((n) => n.cpuMs / Math.max(0.001, median(r.cpu[n.index] ?? [])));
  return {
    kinds: QUERY_KINDS.map((k) => kindOf([k], k)),
    text: kindOf(TEXT_KINDS, 'text'),
    naive: {
      queries: r.naive.length,
      medianMs: round(median(r.naive.map((n) => n.ms))),
      medianSpeedup: Math.round(median(speedups)),
      minSpeedup: Math.round(Math.min(...speedups)),
      cpuMedianMs: round(median(r.naive.map((n) => n.cpuMs))),
      cpuMedianSpeedup: Math.round(median(cpuSpeedups)),
      cpuMinSpeedup: Math.round(Math.min(...cpuSpeedups)),
    },
  };
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
