import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, inject } from 'vitest';
import { openStore } from '../../src/store/open.ts';
import type { Sql } from '../../src/store/sql.ts';

// The same tests on both storage backends: `describeEachBackend('search', (open) => …)` registers the
// block once for SQLite (a private in-memory database per `open()`) and once for PostgreSQL (a fresh
// database per `open()`, copied from the migrated template of the server test/helpers/pg-server.ts
// starts). Stores opened through `open` are closed after the block.

export type Backend = 'sqlite' | 'postgres';
export type Open = () => Promise<Sql>;

/** A new, empty, migrated PostgreSQL database on the test server; returns its URL. */
export async function createPgDatabase(fromTemplate = true): Promise<string> {
  const admin = inject('pgUrl');
  if (!admin) throw new Error(`no PostgreSQL test server: ${inject('pgMissing')}`);
  const name = `t_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}${fromTemplate ? ' TEMPLATE regwatch_template' : ''}`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

export function hasPostgres(): boolean {
  return inject('pgUrl') !== null;
}

export function describeEachBackend(name: string, fn: (open: Open, backend: Backend) => void): void {
  for (const backend of ['sqlite', 'postgres'] as const) {
    const title = `${name} [${backend}]`;
    if (backend === 'postgres' && !hasPostgres()) {
      // Locally without PostgreSQL the variants are listed as skipped, with the reason.
      describe.skip(`${title} (skipped: ${inject('pgMissing')})`, () => fn(() => Promise.reject(new Error('no server')), backend));
      continue;
    }
    describe(title, () => {
      const opened: Sql[] = [];
      const open: Open = async () => {
        const sql = await openStore(backend === 'sqlite' ? ':memory:' : await createPgDatabase());
        opened.push(sql);
        return sql;
      };
      afterAll(async () => {
        await Promise.all(opened.map((s) => s.close()));
      });
      fn(open, backend);
    });
  }
}

/**
 * A fresh store location for tests that reopen it (a "restart"): a new SQLite file in a temp dir,
 * or a new PostgreSQL database. Stores opened on it are the caller's to close.
 */
export async function freshTarget(backend: Backend): Promise<string> {
  if (backend === 'postgres') return createPgDatabase();
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'regwatch-store-')), 'regwatch.db');
}
