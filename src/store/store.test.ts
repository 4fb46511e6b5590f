import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createPgDatabase, describeEachBackend, hasPostgres } from '../../test/helpers/backends.ts';
import { loadConfig } from '../config.ts';
import { ConfigError } from '../errors.ts';
import { findCurrentBySource, findDocumentBySha, insertDocument, listDocuments } from './documents.ts';
import { listMigrations } from './migrate.ts';
import { getItem } from './items.ts';
import { openStore } from './open.ts';
import { insertOverride, sourcesWithOverrides } from './overrides.ts';
import { findSavedSearch, getSavedSearch } from './saved-searches.ts';

const doc = (sha: string, source = '/news/a.txt') => ({
  source,
  sha256: sha,
  format: 'txt',
  encoding: 'UTF-8',
  bytes: 10,
  title: '网络安全和数据合规月刊',
  issueDate: '2019-11-30',
  header: {},
  text: '正文',
});

describe('migrations', () => {
  it('has the same numbered migrations for both dialects', () => {
    const names = (d: 'sqlite' | 'postgres') => listMigrations(d).map((m) => m.name);
    expect(names('postgres')).toEqual(names('sqlite'));
    expect(listMigrations('sqlite').map((m) => m.version)).toEqual(listMigrations('sqlite').map((_, i) => i + 1));
  });

  it.skipIf(!hasPostgres())('gives both dialects the same tables and columns (the full-text index aside)', async () => {
    const lite = await openStore(':memory:');
    const pgdb = await openStore(await createPgDatabase());
    try {
      // fts_tags records SQLite's index tags, which PostgreSQL's index does without (search/tags.ts).
      const skip = (t: string) => t.startsWith('items_fts') || t === 'fts_tags' || t.startsWith('sqlite_') || t === 'schema_migrations';
      const schema = (rows: { t: string; c: string }[]) => {
        const out: Record<string, string[]> = {};
        for (const r of rows) if (!skip(r.t)) (out[r.t] ??= []).push(r.c);
        for (const cols of Object.values(out)) cols.sort();
        return out;
      };
      const sqlite = schema(
        await lite.all<{ t: string; c: string }>(
          "SELECT m.name AS t, p.name AS c FROM sqlite_master m, pragma_table_info(m.name) p WHERE m.type = 'table'",
        ),
      );
      const postgres = schema(
        await pgdb.all<{ t: string; c: string }>(
          "SELECT table_name AS t, column_name AS c FROM information_schema.columns WHERE table_schema = 'public'",
        ),
      );
      expect(Object.keys(sqlite).length).toBeGreaterThan(10);
      expect(postgres).toEqual(sqlite);
    } finally {
      await Promise.all([lite.close(), pgdb.close()]);
    }
  });

  it('SQLite: applies every migration once and records the schema version', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'regwatch-db-')), 'nested', 'regwatch.db');
    const latest = listMigrations().at(-1)!.version;
    const db = await openStore(file);
    expect(await db.get('PRAGMA user_version')).toEqual({ user_version: latest });
    await db.close();
    const again = await openStore(file);
    expect(await again.get('PRAGMA user_version')).toEqual({ user_version: latest });
    expect(await again.get('PRAGMA journal_mode')).toEqual({ journal_mode: 'wal' });
    await again.close();
  });

  it('SQLite: opens a database written by the synchronous code path (user_version 5) and keeps its rows', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'regwatch-db-')), 'old.db');
    // What the former openDb() did: each migration file in a transaction, then PRAGMA user_version.
    const old = new Database(file);
    old.pragma('journal_mode = WAL');
    for (const m of listMigrations('sqlite').filter((m) => m.version <= 5)) {
      old.transaction(() => {
        old.exec(m.sql);
        old.pragma(`user_version = ${m.version}`);
      })();
    }
    old
      .prepare(`INSERT INTO documents (source, sha256, format, encoding, bytes, text, ingested_at) VALUES ('/old.txt', 'old', 'txt', 'UTF-8', 3, '旧文', '2020-01-01T00:00:00.000Z')`)
      .run();
    old.close();
    const db = await openStore(file);
    expect((await findDocumentBySha(db, 'old'))?.source).toBe('/old.txt');
    expect(await db.get('PRAGMA user_version')).toEqual({ user_version: listMigrations().at(-1)!.version });
    await db.close();
  });

  it('PostgreSQL: an unreachable server is a clear error that does not print the password', async () => {
    const err = await openStore('postgres://regwatch:s3cret@127.0.0.1:1/regwatch').catch((e: Error) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(/^cannot connect to PostgreSQL at postgres:\/\/regwatch:\*\*\*@127\.0\.0\.1:1\/regwatch/);
    expect((err as Error).message).not.toContain('s3cret');
  });

  it.skipIf(!hasPostgres())('PostgreSQL: two processes opening an empty database at once migrate it exactly once', async () => {
    const url = await createPgDatabase(false);
    const [a, b] = await Promise.all([openStore(url), openStore(url)]);
    const rows = await a.all<{ version: number; name: string }>('SELECT version, name FROM schema_migrations ORDER BY version');
    expect(rows.map((r) => r.name)).toEqual(listMigrations('postgres').map((m) => m.name));
    expect(await b.get('SELECT COUNT(*) AS n FROM documents')).toEqual({ n: 0 });
    await Promise.all([a.close(), b.close()]);
  });
});

describeEachBackend('store', (open) => {
  it('keeps a changed document as a new version and supersedes the old one', async () => {
    const db = await open();
    const first = await insertDocument(db, doc('a'), new Date(0));
    const second = await insertDocument(db, doc('b'), new Date(1));
    expect((await findDocumentBySha(db, 'a'))!.supersededBy).toBe(second);
    expect((await findCurrentBySource(db, '/news/a.txt'))!.id).toBe(second);
    expect((await findCurrentBySource(db, '/news/a.txt'))!.version).toBe(2);
    expect((await listDocuments(db)).map((d) => d.id)).toEqual([first, second]);
  });

  it('stores the same content once: a second insert is refused by the unique hash', async () => {
    const db = await open();
    const id = await insertDocument(db, doc('same'), new Date(0));
    expect(await insertDocument(db, doc('same', '/elsewhere.txt'), new Date(0))).toBeNull();
    expect((await listDocuments(db)).map((d) => [d.id, d.source])).toEqual([[id, '/news/a.txt']]);
    await expect(
      db.run(`INSERT INTO documents (source, sha256, format, encoding, bytes, text, ingested_at) VALUES ('/x', 'same', 'txt', 'UTF-8', 1, 'x', 'now')`),
    ).rejects.toThrow(/unique/i);
  });

  it('finds the corrected sources among any number of sources', async () => {
    const db = await open();
    const o = { headlineKey: 'h', bodyKey: 'b', seq: 0, itemId: null, field: 'category', value: '"enforcement"', previous: '"industry"' };
    await insertOverride(db, { ...o, source: 'a.txt', note: null, userId: null, userName: 'ed', createdAt: '2026-01-01T00:00:00Z' });
    const many = Array.from({ length: 70_000 }, (_, i) => `s${i}.txt`);
    expect(await sourcesWithOverrides(db, [...many, 'a.txt'])).toEqual(new Set(['a.txt']));
    expect(await sourcesWithOverrides(db, ['b.txt'])).toEqual(new Set());
  });

  it('answers an id too large for an id column as unknown, not as a database error', async () => {
    const db = await open();
    expect(await getItem(db, 1e20)).toBeUndefined();
    expect(await getSavedSearch(db, 1e20)).toBeUndefined();
    expect(await findSavedSearch(db, '99999999999999999999')).toBeUndefined();
  });

  it('counts come back as numbers', async () => {
    const db = await open();
    await insertDocument(db, doc('n'), new Date(0));
    expect(await db.get('SELECT COUNT(*) AS n, SUM(bytes) AS total FROM documents')).toEqual({ n: 1, total: 10 });
  });
});

describe('REGWATCH_DB', () => {
  it('selects SQLite by a path (made absolute) and PostgreSQL by a URL (kept as given)', () => {
    expect(loadConfig({}, {}, '/srv/rw').dbPath).toBe('/srv/rw/regwatch.db');
    expect(loadConfig({ db: 'data/x.db' }, {}, '/srv/rw').dbPath).toBe('/srv/rw/data/x.db');
    const url = 'postgresql://rw:pw@db.internal:5432/regwatch';
    expect(loadConfig({}, { REGWATCH_DB: url }, '/srv/rw').dbPath).toBe(url);
    expect(loadConfig({}, { REGWATCH_DB: 'postgres:///regwatch' }, '/tmp').dbPath).toBe('postgres:///regwatch');
    expect(loadConfig({ db: 'postgres://localhost/rw' }, { REGWATCH_DB: 'other.db' }, '/srv/rw').dbPath).toBe('postgres://localhost/rw');
  });

  it('refuses a PostgreSQL URL without a database', () => {
    expect(() => loadConfig({}, { REGWATCH_DB: 'postgres://db.internal' }, '/tmp')).toThrow(/REGWATCH_DB: a PostgreSQL URL names a database/);
    expect(() => loadConfig({}, { REGWATCH_DB: 'postgres:regwatch' }, '/tmp')).toThrow(ConfigError);
  });
});
