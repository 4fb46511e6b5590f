import type { HttpOptions } from '../http.ts';

/** Fast, permissive-by-choice client options for tests; each test states what it changes. */
export function testOptions(overrides: Partial<HttpOptions> = {}): HttpOptions {
  return {
    allowPrivateHosts: false,
    privateHostAllowlist: [],
    userAgent: 'regwatch/0.1.0 (+https://github.com/regwatch/regwatch)',
    maxResponseBytes: 1024 * 1024,
    totalTimeoutMs: 5_000,
    hostIntervalMs: 0,
    retryBaseMs: 5,
    ...overrides,
  };
}

/** Resolves every listed name to the given addresses; anything else does not exist. */
export function fakeResolver(table: Record<string, string[]>) {
  return async (hostname: string) => {
    const addrs = table[hostname];
    if (!addrs) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return addrs.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
}
