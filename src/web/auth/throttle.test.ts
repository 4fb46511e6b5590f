import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './throttle.ts';

const MIN = 60_000;

describe('LoginThrottle', () => {
  it('blocks a name and address after maxFailures within the window, until the window ends', () => {
    const t = new LoginThrottle({ maxFailures: 3, windowMs: 15 * MIN });
    for (let i = 0; i < 3; i++) {
      expect(t.retryAfter('Wang', '10.0.0.1', i * MIN)).toBe(0);
      t.fail('Wang', '10.0.0.1', i * MIN);
    }
    expect(t.retryAfter('wang ', '10.0.0.1', 3 * MIN)).toBe(12 * MIN); // names compare trimmed, case-folded
    expect(t.retryAfter('wang', '10.0.0.2', 3 * MIN)).toBe(0); // another address is not locked out
    expect(t.retryAfter('li', '10.0.0.1', 3 * MIN)).toBe(0);
    expect(t.retryAfter('wang', '10.0.0.1', 15 * MIN)).toBe(0);
  });

  it('forgets failures after a successful sign-in', () => {
    const t = new LoginThrottle({ maxFailures: 2 });
    t.fail('a', 'ip', 0);
    t.succeed('a', 'ip');
    t.fail('a', 'ip', 1);
    expect(t.retryAfter('a', 'ip', 2)).toBe(0);
  });

  it('stays bounded when flooded with names', () => {
    const t = new LoginThrottle({ maxFailures: 1, maxEntries: 100 });
    for (let i = 0; i < 1000; i++) t.fail(`name${i}`, 'ip', i);
    expect((t as unknown as { entries: Map<string, unknown> }).entries.size).toBeLessThanOrEqual(100);
    expect(t.retryAfter('name999', 'ip', 1000)).toBeGreaterThan(0);
  });

  it('when full, drops the oldest entries, counting a restarted window as new', () => {
    const t = new LoginThrottle({ maxFailures: 1, windowMs: 100, maxEntries: 4 });
    t.fail('a', 'ip', 0);
    t.fail('b', 'ip', 50);
    t.fail('c', 'ip', 60);
    t.fail('a', 'ip', 101); // a's window ended: a fresh entry, newer than b's and c's
    t.fail('d', 'ip', 102);
    t.fail('e', 'ip', 103); // full of live entries: the oldest half (b, c) goes
    expect(t.retryAfter('a', 'ip', 104)).toBeGreaterThan(0);
    expect(t.retryAfter('b', 'ip', 104)).toBe(0);
    expect(t.retryAfter('c', 'ip', 104)).toBe(0);
  });
});
