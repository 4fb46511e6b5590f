import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { sqliteSql } from './sql.ts';

function fresh() {
  const sql = sqliteSql(new Database(':memory:'));
  return sql;
}

describe('sqliteSql', () => {
  it('runs portable statements with positional parameters and RETURNING', async () => {
    const sql = fresh();
    await sql.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "end" INTEGER, flag INTEGER)');
    const row = await sql.get<{ id: number }>('INSERT INTO t (name, "end", flag) VALUES (?, ?, ?) RETURNING id', ['网信办', 3, true]);
    expect(row?.id).toBe(1);
    await sql.run('INSERT INTO t (name) VALUES (?) ON CONFLICT (name) DO NOTHING', ['网信办']);
    const rows = await sql.all<{ name: string; endAt: number; flag: number }>('SELECT name, "end" AS "endAt", flag FROM t');
    expect(rows).toEqual([{ name: '网信办', endAt: 3, flag: 1 }]);
  });

  it('rolls a failed transaction back and keeps concurrent transactions apart', async () => {
    const sql = fresh();
    await sql.exec('CREATE TABLE t (n INTEGER NOT NULL)');
    await expect(
      sql.transaction(async (tx) => {
        await tx.run('INSERT INTO t VALUES (1)');
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    const slow = sql.transaction(async (tx) => {
      await tx.run('INSERT INTO t VALUES (2)');
      await new Promise((r) => setTimeout(r, 20));
      await tx.run('INSERT INTO t VALUES (3)');
    });
    const fast = sql.transaction(async (tx) => {
      const seen = await tx.all<{ n: number }>('SELECT n FROM t ORDER BY n');
      await tx.run('INSERT INTO t VALUES (4)');
      return seen.map((r) => r.n);
    });
    await slow;
    // The second transaction waited for the first to commit, so it saw both of its rows.
    expect(await fast).toEqual([2, 3]);
    expect((await sql.all<{ n: number }>('SELECT n FROM t ORDER BY n')).map((r) => r.n)).toEqual([2, 3, 4]);
  });

  it('turns a nested transaction into a savepoint', async () => {
    const sql = fresh();
    await sql.exec('CREATE TABLE t (n INTEGER NOT NULL)');
    await sql.transaction(async (tx) => {
      await tx.run('INSERT INTO t VALUES (1)');
      await tx.transaction(async (inner) => {
        await inner.run('INSERT INTO t VALUES (2)');
        throw new Error('inner');
      }).catch(() => undefined);
    });
    expect(await sql.all('SELECT n FROM t')).toEqual([{ n: 1 }]);
  });
});

describe('sqliteSql outside transactions', () => {
  it('keeps a statement issued while another caller is inside a transaction out of it', async () => {
    const sql = fresh();
    await sql.exec('CREATE TABLE t (n INTEGER NOT NULL)');
    let release!: () => void;
    let began!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const inside = new Promise<void>((r) => (began = r));
    const failing = sql.transaction(async (tx) => {
      await tx.run('INSERT INTO t VALUES (1)');
      began();
      await gate;
      throw new Error('abort');
    });
    await inside;
    // Issued while the transaction is open: it must wait, and survive the rollback.
    const outside = sql.run('INSERT INTO t VALUES (2)');
    release();
    await expect(failing).rejects.toThrow('abort');
    await outside;
    expect(await sql.all('SELECT n FROM t')).toEqual([{ n: 2 }]);
  });
});
