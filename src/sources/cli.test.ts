import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { send, startServer, type FixtureServer } from './__fixtures__/server.ts';

// `regwatch sources …` as a user runs it. Asynchronous child processes, so the fixture server in
// this process can answer them.
const BIN = path.resolve(import.meta.dirname, '../../bin/regwatch.mjs');
const RSS = fs.readFileSync(path.join(import.meta.dirname, '__fixtures__/feeds/rss.xml'), 'utf8');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regwatch-sources-'));
const DB = path.join(dir, 'test.db');

async function run(env: Record<string, string>, ...args: string[]) {
  try {
    const r = await promisify(execFile)(process.execPath, [BIN, '--db', DB, ...args], { cwd: dir, env: { ...process.env, ...env } });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let server: FixtureServer;
beforeAll(async () => {
  server = await startServer((req, res) => (req.url === '/feed.xml' ? send(res, 200, RSS) : send(res, 404)));
});
afterAll(() => server.close());

describe('regwatch sources', () => {
  it('adds, runs (refused without REGWATCH_ALLOW_PRIVATE_HOSTS, fine with it), lists and removes', async () => {
    const added = await run({}, '--json', 'sources', 'add', 'feed', `${server.origin}/feed.xml`, '--name', 'Fixture feed', '--interval', '30');
    expect(added.code).toBe(0);
    const id = (JSON.parse(added.stdout) as { id: number }).id;

    const refused = await run({ REGWATCH_ALLOW_PRIVATE_HOSTS: 'false' }, 'sources', 'run', String(id));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/refused: 127\.0\.0\.1 is a loopback address/);

    const ok = await run({ REGWATCH_ALLOW_PRIVATE_HOSTS: 'true' }, '--json', 'sources', 'run', String(id));
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject([{ sourceId: id, status: 'ok', found: 3, new: 3 }]);

    const adapters = await run({}, 'sources', 'adapters');
    expect(adapters.stdout).toMatch(/^cac\s+list\s+国家互联网信息办公室/m);
    expect((await run({}, 'sources', 'run', 'abc')).stderr).toMatch(/abc: not a source id/);

    const listed = await run({}, 'sources', 'list');
    expect(listed.stdout).toMatch(/feed\s+Fixture feed/);
    expect((await run({}, 'sources', 'remove', String(id))).stdout).toMatch(/removed/);
    expect((await run({}, 'sources', 'remove', String(id))).code).toBe(1);
  }, 120_000); // nine CLI processes, each starting tsx: slow on a loaded machine
});
