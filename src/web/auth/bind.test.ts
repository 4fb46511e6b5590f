import { describe, expect, it } from 'vitest';
import { isLoopback } from './bind.ts';

describe('isLoopback', () => {
  it.each(['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost', '::ffff:127.0.0.1'])('%s is loopback: no login', (h) => {
    expect(isLoopback(h)).toBe(true);
  });
  it.each(['0.0.0.0', '::', '192.168.1.10', '10.0.0.2', 'regwatch.example.org', '127.0.0.1.nip.io', ''])('%s is reachable from the network: login', (h) => {
    expect(isLoopback(h)).toBe(false);
  });
});
