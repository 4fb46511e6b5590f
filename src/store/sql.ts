import type BetterSqlite3 from 'better-sqlite3';

/**
 * The one asynchronous database interface every repository writes against, so the same code runs on
 * the embedded SQLite database and on a shared PostgreSQL server.
 *
 * Portable SQL rules (both dialects accept all of these):
 * - positional `?` placeholders only (the PostgreSQL adapter numbers them `$1…`);
 * - quote camelCase aliases (`AS "documentId"`): PostgreSQL folds unquoted names to lower case;
 * - quote the column names `"end"` and other reserved words;
 * - `INSERT … RETURNING id` instead of a last-insert id; `ON CONFLICT … DO NOTHING|UPDATE` instead
 *   of `INSERT OR IGNORE|REPLACE`;
 * - timestamps and booleans are computed in TypeScript and stored as ISO text and 0/1 integers;
 * - anything dialect-specific (full-text search, JSON functions) branches on `sql.dialect`.
 */
export type Dialect = 'sqlite' | 'postgres';

export type Param = string | number | bigint | boolean | null | Uint8Array;

export interface RunResult {
  /** Rows inserted, updated or deleted. */
  changes: number;
}

export interface Sql {
  readonly dialect: Dialect;
  all<T = Record<string, unknown>>(text: string, params?: readonly Param[]): Promise<T[]>;
  get<T = Record<string, unknown>>(text: string, params?: readonly Param[]): Promise<T | undefined>;
  run(text: string, params?: readonly Param[]): Promise<RunResult>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(script: string): Promise<void>;
  /**
   * Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. Only the
   * `tx` handle passed to `fn` may be used inside it.
   */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

function bind(params: readonly Param[]): unknown[] {
  // better-sqlite3 refuses booleans; 0/1 is how both dialects store them here.
  return params.map((p) => (typeof p === 'boolean' ? (p ? 1 : 0) : p));
}

/**
 * The SQLite adapter over one better-sqlite3 connection. Statements are prepared once and cached.
 * Transactions on the single connection are queued, so two async callers cannot interleave their
 * statements inside one BEGIN … COMMIT; a statement outside any transaction waits until no
 * transaction is open, so it never becomes part of (and rolled back with) someone else's.
 */
export function sqliteSql(db: BetterSqlite3.Database): Sql {
  const cache = new Map<string, BetterSqlite3.Statement>();
  const prepare = (text: string): BetterSqlite3.Statement => {
    let stmt = cache.get(text);
    if (!stmt) {
      stmt = db.prepare(text);
      cache.set(text, stmt);
    }
    return stmt;
  };
  let queue: Promise<unknown> = Promise.resolve();
  let open = false;

  // `outside` statements wait while a transaction is open; the check and the statement run in one
  // tick, so a transaction cannot begin in between.
  const statements = (outside: boolean) => {
    const ready = async (): Promise<void> => {
      while (outside && open) await queue;
    };
    return {
      dialect: 'sqlite' as const,
      async all<T>(text: string, params: readonly Param[] = []): Promise<T[]> {
        if (outside && open) await ready();
        return prepare(text).all(...bind(params)) as T[];
      },
      async get<T>(text: string, params: readonly Param[] = []): Promise<T | undefined> {
        if (outside && open) await ready();
        return prepare(text).get(...bind(params)) as T | undefined;
      },
      async run(text: string, params: readonly Param[] = []): Promise<RunResult> {
        if (outside && open) await ready();
        return { changes: prepare(text).run(...bind(params)).changes };
      },
      async exec(script: string): Promise<void> {
        if (outside && open) await ready();
        db.exec(script);
      },
    };
  };
  const base = statements(true);

  const inTx: Sql = {
    ...statements(false),
    transaction: (fn) => nested(fn),
    close: async () => {
      throw new Error('close() inside a transaction');
    },
  };

  // A transaction started inside another one becomes a savepoint of it.
  let depth = 0;
  async function nested<T>(fn: (tx: Sql) => Promise<T>): Promise<T> {
    const name = `sp${++depth}`;
    db.exec(`SAVEPOINT ${name}`);
    try {
      const result = await fn(inTx);
      db.exec(`RELEASE ${name}`);
      return result;
    } catch (e) {
      db.exec(`ROLLBACK TO ${name}; RELEASE ${name}`);
      throw e;
    } finally {
      depth--;
    }
  }

  return {
    ...base,
    transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T> {
      const run = async (): Promise<T> => {
        db.exec('BEGIN IMMEDIATE');
        open = true;
        try {
          const result = await fn(inTx);
          db.exec('COMMIT');
          return result;
        } catch (e) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw e;
        } finally {
          open = false;
        }
      };
      const next = queue.then(run, run);
      queue = next.catch(() => undefined);
      return next;
    },
    async close(): Promise<void> {
      db.close();
    },
  };
}
