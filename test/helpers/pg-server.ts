import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openStore } from '../../src/store/open.ts';

// vitest globalSetup: starts a private PostgreSQL server for the run (Debian's binaries, a fresh data
// directory in a temp dir, trust auth on 127.0.0.1 and a free port, fsync off) and creates a migrated
// template database from which each test file copies its own fresh database. Without the binaries
// the PostgreSQL variants are skipped, unless REGWATCH_TEST_PG=required (CI), which fails the run.

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of the test server (database `postgres`), or null when there is none. */
    pgUrl: string | null;
    /** Why there is no server, for the skip message. */
    pgMissing: string;
  }
}

export const TEMPLATE_DB = 'regwatch_template';

function findBinDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return null;
  const versions = fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')));
  versions.sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], 'bin') : null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const required = process.env.REGWATCH_TEST_PG === 'required';
  const bin = findBinDir();
  if (!bin) {
    const why = 'PostgreSQL binaries not found under /usr/lib/postgresql/*/bin (apt-get install postgresql)';
    if (required) throw new Error(`REGWATCH_TEST_PG=required but ${why}`);
    project.provide('pgUrl', null);
    project.provide('pgMissing', why);
    return undefined;
  }
  // initdb refuses to run as root: run the server as the `postgres` user when we are root.
  const asRoot = process.getuid?.() === 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regwatch-pg-'));
  const data = path.join(dir, 'data');
  const run = (cmd: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', path.join(bin, cmd), ...args], { stdio: 'pipe' })
      : execFileSync(path.join(bin, cmd), args, { stdio: 'pipe' });
  const port = await freePort();
  try {
    if (asRoot) {
      fs.chmodSync(dir, 0o755);
      execFileSync('chown', ['postgres:postgres', dir]);
    }
    run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-locale', '--no-instructions']);
    const opts = `-c listen_addresses=127.0.0.1 -p ${port} -c unix_socket_directories=${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`;
    run('pg_ctl', ['-D', data, '-o', opts, '-l', path.join(dir, 'server.log'), '-w', '-t', '60', 'start']);
  } catch (err) {
    const e = err as Error & { stderr?: Buffer };
    const message = `could not start a PostgreSQL test server: ${e.stderr?.toString() || e.message}`;
    fs.rmSync(dir, { recursive: true, force: true });
    if (required) throw new Error(message);
    project.provide('pgUrl', null);
    project.provide('pgMissing', message);
    return undefined;
  }
  const stop = async () => {
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
  const admin = `postgres://postgres@127.0.0.1:${port}/postgres`;
  try {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`CREATE DATABASE ${TEMPLATE_DB}`);
    await client.end();
    const store = await openStore(`postgres://postgres@127.0.0.1:${port}/${TEMPLATE_DB}`);
    await store.close();
  } catch (err) {
    await stop();
    throw err;
  }
  project.provide('pgUrl', admin);
  project.provide('pgMissing', '');
  return stop;
}
