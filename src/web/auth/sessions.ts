import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Sql } from '../../store/sql.ts';
import { deleteSession, extendSession, findSession, insertSession } from '../../store/users.ts';
import type { User } from '../env.ts';

// Session tokens are 32 random bytes sent to the browser once; the database keeps their SHA-256 only.
// Expiry slides: each request that uses a session pushes its end `ttlMs` into the future.

export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Constant-time comparison of two tokens (different lengths are simply unequal). */
export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export async function startSession(sql: Sql, user: User, ttlMs: number, now = new Date()): Promise<{ token: string; csrf: string }> {
  if (user.id === null) throw new Error('the implicit local user has no session');
  const token = randomToken();
  const csrf = randomToken();
  await insertSession(sql, tokenHash(token), user.id, csrf, now, new Date(now.getTime() + ttlMs));
  return { token, csrf };
}

export interface LiveSession {
  user: User;
  csrf: string;
}

// Extending on every request would write on every page view; a minute of slack is invisible against
// hours of lifetime.
const EXTEND_AFTER_MS = 60_000;

export async function resumeSession(sql: Sql, token: string, ttlMs: number, now = new Date()): Promise<LiveSession | null> {
  const hashed = tokenHash(token);
  const s = await findSession(sql, hashed, now);
  if (!s) return null;
  const next = now.getTime() + ttlMs;
  if (next - Date.parse(s.expiresAt) > EXTEND_AFTER_MS) await extendSession(sql, hashed, new Date(next));
  return { user: { id: s.userId, name: s.name, role: s.role }, csrf: s.csrf };
}

export async function endSession(sql: Sql, token: string): Promise<void> {
  await deleteSession(sql, tokenHash(token));
}
