import fs from 'node:fs';
import { z } from 'zod';
import { BACKENDS, openBackend } from './search-backend.ts';

// Child process of `bench search`: opens the built database fresh, runs the query mix and reports
// per-query times and its own peak RSS, so the memory figure is that of the search side alone and
// not of the process that generated the corpus. CPU time is reported beside wall time because the
// machine is shared: under load, wall time measures the neighbours as much as the search.

const Job = z.object({
  backend: z.enum(BACKENDS),
  location: z.string(),
  rounds: z.number().int().positive(),
  queries: z.array(z.object({ query: z.string(), facets: z.boolean() })),
  /** Indexes into `queries` of the text queries also answered by a naive scan, with the term. */
  naive: z.array(z.object({ index: z.number().int(), term: z.string() })),
});
export type WorkerJob = z.infer<typeof Job>;

export interface WorkerResult {
  /** Milliseconds per query, one entry per round: wall clock, and CPU time of this process. */
  times: number[][];
  cpu: number[][];
  totals: number[];
  naive: { index: number; ms: number; cpuMs: number; count: number }[];
  peakRssMb: number;
}

export async function runJob(job: WorkerJob): Promise<WorkerResult> {
  const backend = await openBackend(job.backend, job.location);
  try {
    // One untimed pass: the first touch of each index page reads the disk, later ones the cache.
    const totals: number[] = [];
    for (const q of job.queries) totals.push((await backend.search(q.query, { facets: q.facets })).total);
    const times = job.queries.map(() => [] as number[]);
    const cpu = job.queries.map(() => [] as number[]);
    for (let r = 0; r < job.rounds; r++) {
      for (const [i, q] of job.queries.entries()) {
        const c = process.cpuUsage();
        const t = performance.now();
        await backend.search(q.query, { facets: q.facets });
        times[i]!.push(performance.now() - t);
        const used = process.cpuUsage(c);
        cpu[i]!.push((used.user + used.system) / 1000);
      }
    }
    const naive: WorkerResult['naive'] = [];
    for (const n of job.naive) {
      const c = process.cpuUsage();
      const t = performance.now();
      const count = await backend.naiveScan(n.term);
      const used = process.cpuUsage(c);
      naive.push({ index: n.index, ms: performance.now() - t, cpuMs: (used.user + used.system) / 1000, count });
    }
    return { times, cpu, totals, naive, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
  } finally {
    await backend.close();
  }
}

if (process.argv[2] === '--job') {
  const file = process.argv[3] ?? '';
  const job = Job.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  const result = await runJob(job);
  process.send?.(result);
}
