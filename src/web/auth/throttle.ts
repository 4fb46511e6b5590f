// Failed sign-ins are counted per user name and client address in memory: after `maxFailures`
// within `windowMs` further attempts for that pair are refused until the window ends, which turns a
// password-guessing run into a few guesses per quarter hour without letting anyone lock an account
// from another address. The table is pruned so a flood of names cannot grow it without bound.

export interface ThrottleOptions {
  maxFailures?: number;
  windowMs?: number;
  maxEntries?: number;
}

interface Entry {
  failures: number;
  since: number;
}

export class LoginThrottle {
  private readonly entries = new Map<string, Entry>();
  private readonly maxFailures: number;
  private readonly windowMs: number;
  private readonly maxEntries: number;

  constructor(opts: ThrottleOptions = {}) {
    this.maxFailures = opts.maxFailures ?? 5;
    this.windowMs = opts.windowMs ?? 15 * 60_000;
    this.maxEntries = opts.maxEntries ?? 10_000;
  }

  /** Milliseconds until this name and address may try again; 0 when they may now. */
  retryAfter(name: string, ip: string, now = Date.now()): number {
    const e = this.entries.get(key(name, ip));
    if (!e || now - e.since >= this.windowMs) return 0;
    return e.failures >= this.maxFailures ? e.since + this.windowMs - now : 0;
  }

  fail(name: string, ip: string, now = Date.now()): void {
    const k = key(name, ip);
    const e = this.entries.get(k);
    if (!e || now - e.since >= this.windowMs) {
      if (this.entries.size >= this.maxEntries) this.prune(now);
      // Delete first: Map keeps a re-set key at its old place, and pruning drops the first keys as oldest.
      this.entries.delete(k);
      this.entries.set(k, { failures: 1, since: now });
    } else e.failures++;
  }

  succeed(name: string, ip: string): void {
    this.entries.delete(key(name, ip));
  }

  private prune(now: number): void {
    for (const [k, e] of this.entries) if (now - e.since >= this.windowMs) this.entries.delete(k);
    // Still full of live entries: drop the oldest half rather than refuse to count.
    if (this.entries.size >= this.maxEntries) {
      for (const k of [...this.entries.keys()].slice(0, Math.ceil(this.maxEntries / 2))) this.entries.delete(k);
    }
  }
}

function key(name: string, ip: string): string {
  return `${name.trim().toLowerCase()}\u0000${ip}`;
}
