import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { ConfigError } from '../errors.ts';

// The fetch settings live in src/config.ts; tested here beside the code that uses them.
describe('fetch configuration', () => {
  it('refuses private hosts by default and names regwatch in the User-Agent', () => {
    const c = loadConfig({}, {});
    expect(c.fetch.allowPrivateHosts).toBe(false);
    expect(c.fetch.privateHostAllowlist).toEqual([]);
    expect(c.fetch.userAgent).toMatch(/^regwatch\/\d+\.\d+\.\d+ \(\+https:\/\/github\.com\/[\w-]+\/[\w-]+\)$/);
  });

  it('reads the admin settings', () => {
    const c = loadConfig({}, { REGWATCH_ALLOW_PRIVATE_HOSTS: 'true', REGWATCH_PRIVATE_HOST_ALLOWLIST: 'Mirror.Intranet, feeds.lan', REGWATCH_HOST_INTERVAL_MS: '250' });
    expect(c.fetch).toMatchObject({ allowPrivateHosts: true, privateHostAllowlist: ['mirror.intranet', 'feeds.lan'], hostIntervalMs: 250 });
  });

  it('lists every bad fetch setting', () => {
    expect(() => loadConfig({}, { REGWATCH_ALLOW_PRIVATE_HOSTS: 'yes', REGWATCH_FETCH_MAX_MB: '-1' })).toThrow(ConfigError);
    expect(() => loadConfig({}, { REGWATCH_ALLOW_PRIVATE_HOSTS: 'yes', REGWATCH_FETCH_MAX_MB: '-1' })).toThrow(/REGWATCH_ALLOW_PRIVATE_HOSTS[\s\S]*REGWATCH_FETCH_MAX_MB/);
  });
});
