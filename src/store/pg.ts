import pg from 'pg';
import { ConfigError } from '../errors.ts';
import { migratePostgres } from './migrate.ts';
import type { Param, RunResult, Sql } from './sql.ts';

// The PostgreSQL adapter of the `Sql` interface over a `pg` connection pool.

// COUNT(*) is bigint and sums are numeric; as JavaScript numbers where that loses nothing.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => {
  const n = Number(v);
  return Number.isSafeInteger(n) ? n : v;
});
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));

// Any constant works as long as every regwatch process uses the same one.
const MIGRATION_LOCK = 7_021_001;

const numbered = new Map<string, string>();

/** `?` placeholders → `$1…`, leaving quoted strings and names alone. */
export function toPositional(text: string): string {
  let out = numbered.get(text);
  if (out !== undefined) return out;
  let n = 0;
  let quote: string | null = null;
  out = '';
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
    } else if (ch === '?') {
      out += `$${++n}`;
      continue;
    }
    out += ch;
  }
  numbered.set(text, out);
  return out;
}

function bind(params: readonly Param[]): unknown[] {
  // Booleans are stored as 0/1 integers in both dialects.
  return params.map((p) => (typeof p === 'boolean' ? (p ? 1 : 0) : p));
}

type Queryable = pg.Pool | pg.PoolClient;

function statements(q: Queryable) {
  return {
    dialect: 'postgres' as const,
    async all<T>(text: string, params: readonly Param[] = []): Promise<T[]> {
      return (await q.query(toPositional(text), bind(params))).rows as T[];
    },
    async get<T>(text: string, params: readonly Param[] = []): Promise<T | undefined> {
      return (await q.query(toPositional(text), bind(params))).rows[0] as T | undefined;
    },
    async run(text: string, params: readonly Param[] = []): Promise<RunResult> {
      return { changes: (await q.query(toPositional(text), bind(params))).rowCount ?? 0 };
    },
    async exec(script: string): Promise<void> {
      await q.query(script);
    },
  };
}

/** A handle on one checked-out connection inside a transaction; nested transactions are savepoints. */
function clientSql(client: pg.PoolClient, depth: number): Sql {
  return {
    ...statements(client),
    async transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T> {
      const name = `sp${depth + 1}`;
      await client.query(`SAVEPOINT ${name}`);
      try {
        const result = await fn(clientSql(client, depth + 1));
        await client.query(`RELEASE SAVEPOINT ${name}`);
        return result;
      } catch (e) {
        await client.query(`ROLLBACK TO SAVEPOINT ${name}`);
        throw e;
      }
    },
    close: async () => {
      throw new Error('close() inside a transaction');
    },
  };
}

export function postgresSql(pool: pg.Pool): Sql {
  return {
    ...statements(pool),
    async transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(clientSql(client, 0));
        await client.query('COMMIT');
        return result;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    async close(): Promise<void> {
      await pool.end();
    },
  };
}

/** Connects to a PostgreSQL URL and brings the schema up to date (one migrating process at a time). */
export async function openPostgres(url: string): Promise<Sql> {
  const pool = new pg.Pool({ connectionString: url, application_name: 'regwatch', max: 8, allowExitOnIdle: true });
  // An idle connection dropped by the server must not crash the process; the next query that
  // needs a connection reports the problem.
  pool.on('error', () => undefined);
  const sql = postgresSql(pool);
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw new ConfigError(`cannot connect to PostgreSQL at ${redact(url)} (REGWATCH_DB / --db): ${(err as Error).message}`);
  }
  try {
    // The session lock lives on this connection; the migrations themselves use the pool.
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await migratePostgres(sql);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } catch (err) {
    client.release();
    await pool.end().catch(() => undefined);
    throw err;
  }
  client.release();
  return sql;
}

/** The URL without its password, for messages. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}
