import fs from 'node:fs';
import path from 'node:path';
import type { Sql } from './sql.ts';

// One schema, two dialects: `migrations/NNN_name.sql` for SQLite and `migrations/postgres/NNN_name.sql`
// for PostgreSQL, with the same numbers. Adding a migration means adding the pair.

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const DIRS = {
  sqlite: path.join(import.meta.dirname, 'migrations'),
  postgres: path.join(import.meta.dirname, 'migrations', 'postgres'),
};

export function listMigrations(dialect: Sql['dialect'] = 'sqlite'): Migration[] {
  const dir = DIRS[dialect];
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{3}_.+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 3)), name: f, sql: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

/** SQLite: pending migrations, each in its own transaction, tracked in `PRAGMA user_version`. */
export async function migrateSqlite(sql: Sql): Promise<number> {
  const row = await sql.get<{ user_version: number }>('PRAGMA user_version');
  const current = row?.user_version ?? 0;
  let version = current;
  for (const m of listMigrations('sqlite')) {
    if (m.version <= current) continue;
    await sql.transaction(async (tx) => {
      await tx.exec(m.sql);
      await tx.exec(`PRAGMA user_version = ${m.version}`);
    });
    version = m.version;
  }
  return version;
}

/**
 * PostgreSQL: pending migrations, each in its own transaction, tracked in `schema_migrations`.
 * The caller holds the advisory lock that keeps two processes from migrating at once.
 */
export async function migratePostgres(sql: Sql): Promise<number> {
  await sql.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)');
  const done = new Set((await sql.all<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => r.version));
  let version = Math.max(0, ...done);
  for (const m of listMigrations('postgres')) {
    if (done.has(m.version)) continue;
    await sql.transaction(async (tx) => {
      await tx.exec(m.sql);
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [m.version, m.name, new Date().toISOString()]);
    });
    version = Math.max(version, m.version);
  }
  return version;
}
