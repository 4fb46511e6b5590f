import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeResolver, testOptions } from './__fixtures__/options.ts';
import { send, startServer, type FixtureServer } from './__fixtures__/server.ts';
import { SourceFetchError } from './errors.ts';
import { HttpClient, retryAfterMs } from './http.ts';

let server: FixtureServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function failure(p: Promise<unknown>): Promise<SourceFetchError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof SourceFetchError) return err;
    throw err;
  }
  throw new Error('expected a SourceFetchError');
}

describe('HttpClient: SSRF protection', () => {
  it('fetches the local fixture server only when private hosts are allowed', async () => {
    server = await startServer((req, res) => send(res, req.url === '/robots.txt' ? 404 : 200, 'hello'));
    const allowed = await new HttpClient(testOptions({ allowPrivateHosts: true })).get(`${server.origin}/a`);
    expect(allowed.status === 'ok' && allowed.body.toString()).toBe('hello');

    const refused = await failure(new HttpClient(testOptions()).get(`${server.origin}/a`));
    expect(refused.reason).toBe('blocked-address');
    expect(refused.message).toMatch(/127\.0\.0\.1 is a loopback address/);
    expect(server.requests).toEqual(['/robots.txt', '/a']); // the refused client never connected
  });

  it('refuses a public-looking host name that resolves to 127.0.0.1, and any bad answer among several', async () => {
    server = await startServer((_req, res) => send(res, 200, 'secret'));
    const resolver = fakeResolver({ 'news.example.com': ['127.0.0.1'], 'mixed.example.com': ['93.184.216.34', '169.254.169.254'] });
    const client = new HttpClient(testOptions({ resolver }));
    const e1 = await failure(client.get(`http://news.example.com:${server.port}/`));
    expect(e1.reason).toBe('blocked-address');
    expect(e1.message).toMatch(/news\.example\.com resolves to 127\.0\.0\.1/);
    const e2 = await failure(client.get(`http://mixed.example.com:${server.port}/`));
    expect(e2.message).toMatch(/169\.254\.169\.254 is a linkLocal address/);
    expect(server.requests).toEqual([]);
  });

  it('re-checks every redirect hop: an allowed host redirecting to a private address is refused', async () => {
    server = await startServer((req, res) => {
      if (req.url === '/to-ip') return send(res, 302, '', { location: `http://127.0.0.1:${server!.port}/secret` });
      if (req.url === '/to-name') return send(res, 301, '', { location: `http://internal.example.com:${server!.port}/secret` });
      if (req.url === '/to-file') return send(res, 302, '', { location: 'file:///etc/passwd' });
      send(res, req.url === '/robots.txt' ? 404 : 200, 'secret');
    });
    const resolver = fakeResolver({ 'feeds.test': ['127.0.0.1'], 'internal.example.com': ['10.0.0.5'] });
    // feeds.test stands for an intranet mirror an admin allowed by name; nothing else is allowed.
    const client = new HttpClient(testOptions({ resolver, privateHostAllowlist: ['feeds.test'] }));
    const base = `http://feeds.test:${server.port}`;
    expect((await failure(client.get(`${base}/to-ip`))).message).toMatch(/127\.0\.0\.1 is a loopback address/);
    expect((await failure(client.get(`${base}/to-name`))).message).toMatch(/internal\.example\.com resolves to 10\.0\.0\.5/);
    expect((await failure(client.get(`${base}/to-file`))).reason).toBe('blocked-scheme');
    expect(server.requests).not.toContain('/secret');
  });

  it('refuses loopback written as IPv6, decimal or hex', async () => {
    server = await startServer((_req, res) => send(res, 200, 'secret'));
    const client = new HttpClient(testOptions());
    for (const host of ['[::1]', '[::ffff:127.0.0.1]', '2130706433', '0x7f.1']) {
      const e = await failure(client.get(`http://${host}:${server.port}/`));
      expect(e.reason, host).toBe('blocked-address');
    }
    expect(server.requests).toEqual([]);
  });

  it('refuses non-http schemes', async () => {
    const client = new HttpClient(testOptions());
    expect((await failure(client.get('file:///etc/passwd'))).reason).toBe('blocked-scheme');
    expect((await failure(client.get('ftp://example.com/x'))).reason).toBe('blocked-scheme');
  });
});

describe('HttpClient: limits and politeness', () => {
  const open = (extra = {}) => new HttpClient(testOptions({ allowPrivateHosts: true, ...extra }));

  it('caps redirects', async () => {
    server = await startServer((req, res) => {
      const n = Number(req.url?.slice(1)) || 0;
      send(res, 302, '', { location: `/${n + 1}` });
    });
    const e = await failure(open({ respectRobots: false }).get(`${server.origin}/0`));
    expect(e.reason).toBe('too-many-redirects');
    expect(server.requests).toHaveLength(6);
  });

  it('reports a redirect to an invalid URL as a fetch error, not an internal one', async () => {
    server = await startServer((_req, res) => send(res, 302, '', { location: 'http://[::1' }));
    const e = await failure(open({ respectRobots: false }).get(`${server.origin}/a`));
    expect(e.message).toMatch(/redirect to an invalid URL/);
  });

  it('aborts a response past the size limit, also after decompression', async () => {
    server = await startServer((req, res) => {
      if (req.url === '/big') return send(res, 200, 'x'.repeat(5000));
      const bomb = zlib.gzipSync(Buffer.alloc(200_000));
      res.writeHead(200, { 'content-encoding': 'gzip' });
      res.end(bomb);
    });
    const client = open({ maxResponseBytes: 4096, respectRobots: false });
    expect((await failure(client.get(`${server.origin}/big`))).reason).toBe('too-large');
    expect((await failure(client.get(`${server.origin}/bomb`))).reason).toBe('too-large');
  });

  it('times out a server that never answers', async () => {
    server = await startServer(() => {});
    const e = await failure(open({ totalTimeoutMs: 200, maxRetries: 0, respectRobots: false }).get(`${server.origin}/slow`));
    expect(e.reason).toBe('timeout');
  });

  it('retries 5xx and 429 with backoff, not 404', async () => {
    let calls = 0;
    server = await startServer((req, res) => {
      if (req.url === '/missing') return send(res, 404, 'no');
      if (req.url === '/busy') return send(res, calls++ === 0 ? 429 : 200, 'ok', { 'retry-after': '0' });
      send(res, calls++ < 2 ? 500 : 200, 'ok');
    });
    const client = open({ respectRobots: false });
    const r = await client.get(`${server.origin}/flaky`);
    expect(r.status).toBe('ok');
    expect(server.requests.filter((p) => p === '/flaky')).toHaveLength(3);
    calls = 0;
    expect((await client.get(`${server.origin}/busy`)).status).toBe('ok');
    const e = await failure(client.get(`${server.origin}/missing`));
    expect([e.reason, e.status]).toEqual(['http-status', 404]);
    expect(server.requests.filter((p) => p === '/missing')).toHaveLength(1);
    const down = await startServer((_req, res) => send(res, 503, 'down'));
    const e2 = await failure(open({ respectRobots: false, maxRetries: 2 }).get(`${down.origin}/`));
    expect(down.requests).toHaveLength(3);
    expect(e2.transient).toBe(true);
    await down.close();
  });

  it('waits as long as Retry-After asks, within the cap', async () => {
    let calls = 0;
    server = await startServer((_req, res) => send(res, calls++ === 0 ? 503 : 200, 'ok', { 'retry-after': '1' }));
    // The waits the client asks for are recorded instead of timed, so the test cannot be flaky.
    const waits: number[] = [];
    const sleep = async (ms: number) => void waits.push(ms);
    expect((await open({ respectRobots: false, retryBaseMs: 10, sleep }).get(`${server.origin}/`)).status).toBe('ok');
    calls = 0;
    expect((await open({ respectRobots: false, retryBaseMs: 10, maxRetryAfterMs: 50, sleep }).get(`${server.origin}/`)).status).toBe('ok');
    expect(waits).toEqual([1000, 50]);
  });

  it('sends the User-Agent and conditional headers; 304 is "not modified"', async () => {
    server = await startServer((req, res) => {
      if (req.headers['if-none-match'] === '"v1"') return send(res, 304);
      send(res, 200, 'feed', { etag: '"v1"', 'last-modified': 'Wed, 20 Mar 2024 08:00:00 GMT' });
    });
    const client = open({ respectRobots: false });
    const first = await client.get(`${server.origin}/feed`);
    expect(first.status === 'ok' && [first.etag, first.lastModified]).toEqual(['"v1"', 'Wed, 20 Mar 2024 08:00:00 GMT']);
    expect(server.headers.get('/feed')?.['user-agent']).toMatch(/^regwatch\/\d+\.\d+\.\d+ \(\+https:\/\/github\.com\//);
    const second = await client.get(`${server.origin}/feed`, { etag: '"v1"', lastModified: 'Wed, 20 Mar 2024 08:00:00 GMT' });
    expect(second.status).toBe('not-modified');
    expect(server.headers.get('/feed')?.['if-modified-since']).toBe('Wed, 20 Mar 2024 08:00:00 GMT');
  });

  it('fetches robots.txt once per host and respects it', async () => {
    server = await startServer((req, res) => {
      if (req.url === '/robots.txt') return send(res, 200, 'User-agent: *\nDisallow: /private/\n', { 'content-type': 'text/plain' });
      send(res, 200, 'page');
    });
    const client = open();
    await client.get(`${server.origin}/a`);
    await client.get(`${server.origin}/b`);
    const e = await failure(client.get(`${server.origin}/private/x`));
    expect(e.reason).toBe('robots');
    expect(server.requests).toEqual(['/robots.txt', '/a', '/b']);
  });

  it('spaces requests to one host', async () => {
    const starts: number[] = [];
    server = await startServer((_req, res) => {
      starts.push(Date.now());
      send(res, 200, 'x');
    });
    const client = open({ hostIntervalMs: 80, respectRobots: false });
    await Promise.all([1, 2, 3].map((i) => client.get(`${server!.origin}/${i}`)));
    const gaps = starts.slice(1).map((t, i) => t - starts[i]!);
    expect(gaps.every((g) => g >= 70)).toBe(true);
  });

  it('reads Retry-After as seconds or a date', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs('Wed, 20 Mar 2024 08:00:10 GMT', Date.parse('Wed, 20 Mar 2024 08:00:00 GMT'))).toBe(10_000);
    expect(retryAfterMs('soon')).toBeNull();
  });
});
