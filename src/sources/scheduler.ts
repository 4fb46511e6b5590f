import type { Sql } from '../store/sql.ts';
import { dueSources, insertRun, listSources, recordFailure, type SourceRow } from '../store/sources.ts';
import type { HttpClient } from './http.ts';
import { runSource, type SourceRunResult } from './service.ts';

/** setTimeout/clearTimeout, injectable so tests drive the clock. */
export interface SchedulerTimer {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface SchedulerOptions {
  http: HttpClient;
  now?: () => Date;
  timer?: SchedulerTimer;
  /** Longest wait between two looks at the sources table (new sources are noticed this fast); default 60 s. */
  pollMs?: number;
  /** Sources fetched at the same time; default 4. */
  parallel?: number;
  /** Every finished run, failed ones included. */
  onRun?: (r: SourceRunResult) => void;
}

export interface Scheduler {
  /** Runs every due source now (or joins the pass already running) and resolves with their results. */
  tick(): Promise<SourceRunResult[]>;
  /** Stops scheduling and resolves once the pass in progress (if any) has finished. */
  close(): Promise<void>;
}

const realTimer: SchedulerTimer = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (h) => clearTimeout(h as NodeJS.Timeout),
};

// A floor under the wait, so a source whose run could not be recorded is never spun on.
const MIN_WAIT_MS = 1000;
// Same policy as the sources service: interval × 2^streak, at most a week.
const MAX_BACKOFF_MS = 7 * 24 * 3600 * 1000;

/**
 * Runs sources when they are due, inside a long-lived process (`regwatch serve`). Due-ness comes
 * from each source's `next_run_at`, which the sources service sets to the interval after a success
 * and to the backoff after a failure, so both are respected without extra state here. Passes never
 * overlap (a source is never fetched twice at once); within a pass sources run side by side and one
 * failing or crashing source is recorded as failed without stopping the others.
 */
export function startScheduler(sql: Sql, opts: SchedulerOptions): Scheduler {
  const now = opts.now ?? (() => new Date());
  const timer = opts.timer ?? realTimer;
  const pollMs = opts.pollMs ?? 60_000;
  let closed = false;
  let pending: unknown = null;
  let running: Promise<SourceRunResult[]> | null = null;

  const arm = (delay: number) => {
    if (closed) return;
    if (pending !== null) timer.clear(pending);
    pending = timer.set(() => {
      pending = null;
      void tick();
    }, delay);
  };

  const schedule = async () => {
    let delay = pollMs;
    try {
      delay = await delayToNext();
    } catch {
      // The database may be briefly unreachable (a PostgreSQL restart); poll again later.
    }
    arm(delay);
  };

  /** Until the earliest next run, but never longer than pollMs (sources may be added meanwhile). */
  const delayToNext = async (): Promise<number> => {
    const t = now().getTime();
    let wait = pollMs;
    for (const s of await listSources(sql)) {
      if (!s.enabled) continue;
      const next = s.nextRunAt === null ? t : Date.parse(s.nextRunAt);
      wait = Math.min(wait, Math.max(0, next - t));
    }
    return Math.max(MIN_WAIT_MS, wait);
  };

  const pass = async (): Promise<SourceRunResult[]> => {
    const due = await dueSources(sql, now());
    const results: SourceRunResult[] = [];
    let next = 0;
    const worker = async () => {
      while (next < due.length && !closed) {
        const src = due[next++]!;
        const r = await runGuarded(sql, opts.http, src, now);
        results.push(r);
        opts.onRun?.(r);
      }
    };
    await Promise.all(Array.from({ length: Math.min(opts.parallel ?? 4, due.length) }, worker));
    return results.sort((a, b) => a.sourceId - b.sourceId);
  };

  const tick = (): Promise<SourceRunResult[]> => {
    if (closed) return Promise.resolve([]);
    if (running) return running;
    // The pass's promise settles once the next wake-up is armed.
    running = pass().finally(async () => {
      running = null;
      await schedule();
    });
    return running;
  };

  // The first look at the sources happens after the minimum wait; it then schedules by due times.
  arm(MIN_WAIT_MS);
  return {
    tick,
    async close() {
      closed = true;
      if (pending !== null) timer.clear(pending);
      pending = null;
      await running?.catch(() => undefined);
    },
  };
}

/** The service records expected failures itself; anything else (a bug, an unknown adapter) is recorded here. */
async function runGuarded(sql: Sql, http: HttpClient, src: SourceRow, now: () => Date): Promise<SourceRunResult> {
  const started = now();
  try {
    return await runSource(sql, http, src, now);
  } catch (err) {
    const message = `internal error: ${(err as Error).message}`;
    const finished = now();
    const delay = Math.min(src.intervalMinutes * 60_000 * 2 ** (src.errorStreak + 1), MAX_BACKOFF_MS);
    try {
      await recordFailure(sql, src.id, { ranAt: finished, nextRunAt: new Date(finished.getTime() + delay) });
      await insertRun(sql, { sourceId: src.id, startedAt: started.toISOString(), finishedAt: finished.toISOString(), notModified: false, found: 0, new: 0, error: message, warning: null });
    } catch {
      // The source may have been removed meanwhile; nothing to record then.
    }
    return { sourceId: src.id, name: src.name, status: 'failed', found: 0, new: 0, error: message, warning: null };
  }
}
