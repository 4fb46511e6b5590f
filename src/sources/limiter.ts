/**
 * Politeness per host: at most `maxInFlight` requests at once and request starts at least
 * `intervalMs` apart. The start slot is reserved before waiting, so concurrent callers queue up
 * evenly instead of all firing when the interval ends.
 */
export class HostLimiter {
  private readonly hosts = new Map<string, { inFlight: number; nextAt: number; waiters: (() => void)[]; intervalMs: number }>();

  constructor(
    private readonly intervalMs: number,
    private readonly maxInFlight: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Raises the interval for one host (robots.txt Crawl-delay); never lowers it below the default. */
  slowDown(host: string, intervalMs: number): void {
    const s = this.state(host);
    s.intervalMs = Math.max(this.intervalMs, intervalMs);
  }

  async acquire(host: string): Promise<() => void> {
    const s = this.state(host);
    while (s.inFlight >= this.maxInFlight) await new Promise<void>((r) => s.waiters.push(r));
    s.inFlight++;
    const now = this.now();
    const wait = s.nextAt - now;
    s.nextAt = Math.max(now, s.nextAt) + s.intervalMs;
    if (wait > 0) await sleep(wait);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      s.inFlight--;
      s.waiters.shift()?.();
    };
  }

  private state(host: string) {
    let s = this.hosts.get(host);
    if (!s) {
      s = { inFlight: 0, nextAt: 0, waiters: [], intervalMs: this.intervalMs };
      this.hosts.set(host, s);
    }
    return s;
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
