import type { Role } from '../web/env.ts';
import type { Sql } from './sql.ts';

// Accounts and sessions: SQL only. Hashing, validation and the rules live in src/web/auth/accounts.ts.

export interface UserRow {
  id: number;
  name: string;
  role: Role;
  createdAt: string;
  updatedAt: string;
}

const COLUMNS = 'id, name, role, created_at AS "createdAt", updated_at AS "updatedAt"';

export async function insertUser(sql: Sql, name: string, role: Role, passwordHash: string, now: Date): Promise<number> {
  const row = await sql.get<{ id: number }>(
    `INSERT INTO users (name, role, password_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?) RETURNING id`,
    [name, role, passwordHash, now.toISOString(), now.toISOString()],
  );
  return Number(row!.id);
}

export async function findUserByName(sql: Sql, name: string): Promise<(UserRow & { passwordHash: string }) | undefined> {
  const row = await sql.get<UserRow & { passwordHash: string }>(
    `SELECT ${COLUMNS}, password_hash AS "passwordHash" FROM users WHERE name = ?`,
    [name],
  );
  return row && { ...row, id: Number(row.id) };
}

export async function listUsers(sql: Sql): Promise<UserRow[]> {
  const rows = await sql.all<UserRow>(`SELECT ${COLUMNS} FROM users ORDER BY name`);
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

export async function countUsers(sql: Sql): Promise<number> {
  const row = await sql.get<{ n: number | string }>('SELECT COUNT(*) AS n FROM users');
  return Number(row?.n ?? 0);
}

export async function updatePassword(sql: Sql, id: number, passwordHash: string, now: Date): Promise<void> {
  await sql.run('UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?', [passwordHash, now.toISOString(), id]);
}

/** Deletes an account; its sessions go with it (ON DELETE CASCADE). Returns whether it existed. */
export async function deleteUser(sql: Sql, id: number): Promise<boolean> {
  // SQLite enforces the cascade only with foreign_keys on; delete the sessions explicitly too.
  await sql.run('DELETE FROM sessions WHERE user_id = ?', [id]);
  await sql.run('DELETE FROM feed_tokens WHERE user_id = ?', [id]);
  return (await sql.run('DELETE FROM users WHERE id = ?', [id])).changes > 0;
}

export interface SessionRow {
  userId: number;
  name: string;
  role: Role;
  csrf: string;
  expiresAt: string;
}

export async function insertSession(sql: Sql, tokenHash: string, userId: number, csrf: string, now: Date, expiresAt: Date): Promise<void> {
  await sql.run('INSERT INTO sessions (token_hash, user_id, csrf, created_at, expires_at) VALUES (?, ?, ?, ?, ?)', [
    tokenHash,
    userId,
    csrf,
    now.toISOString(),
    expiresAt.toISOString(),
  ]);
}

/** The live session with this token hash and its user, or undefined when unknown or expired. */
export async function findSession(sql: Sql, tokenHash: string, now: Date): Promise<SessionRow | undefined> {
  const row = await sql.get<SessionRow>(
    `SELECT s.user_id AS "userId", u.name, u.role, s.csrf, s.expires_at AS "expiresAt"
     FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.token_hash = ? AND s.expires_at > ?`,
    [tokenHash, now.toISOString()],
  );
  return row && { ...row, userId: Number(row.userId) };
}

export async function extendSession(sql: Sql, tokenHash: string, expiresAt: Date): Promise<void> {
  await sql.run('UPDATE sessions SET expires_at = ? WHERE token_hash = ?', [expiresAt.toISOString(), tokenHash]);
}

export async function deleteSession(sql: Sql, tokenHash: string): Promise<void> {
  await sql.run('DELETE FROM sessions WHERE token_hash = ?', [tokenHash]);
}

/** Ends every session of a user (password change, removal). */
export async function deleteUserSessions(sql: Sql, userId: number): Promise<void> {
  await sql.run('DELETE FROM sessions WHERE user_id = ?', [userId]);
}

export async function deleteExpiredSessions(sql: Sql, now: Date): Promise<number> {
  return (await sql.run('DELETE FROM sessions WHERE expires_at <= ?', [now.toISOString()])).changes;
}

export async function insertFeedToken(sql: Sql, tokenHash: string, userId: number, label: string, now: Date): Promise<void> {
  await sql.run('INSERT INTO feed_tokens (token_hash, user_id, label, created_at) VALUES (?, ?, ?, ?)', [tokenHash, userId, label, now.toISOString()]);
}

/** The account a feed token belongs to, if the token exists. */
export async function findFeedTokenUser(sql: Sql, tokenHash: string): Promise<UserRow | undefined> {
  const row = await sql.get<UserRow>(
    `SELECT u.id, u.name, u.role, u.created_at AS "createdAt", u.updated_at AS "updatedAt"
     FROM feed_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = ?`,
    [tokenHash],
  );
  return row && { ...row, id: Number(row.id) };
}
