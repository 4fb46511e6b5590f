import { z } from 'zod';
import { NotFoundError, QueryError } from '../../errors.ts';
import { findFeedTokenUser, findUserByName, insertFeedToken } from '../../store/users.ts';
import type { Sql } from '../../store/sql.ts';
import type { User } from '../env.ts';
import { randomToken, tokenHash } from './sessions.ts';

// Feed readers and calendar apps cannot sign in, so in login mode a saved search's feed and the
// deadline calendar also accept a personal token in their URL (`?token=…`), and only they do.

/** GET paths a feed token opens. */
export const FEED_PATHS = [/^\/api\/saved\/\d+\/feed\.(atom|json)$/, /^\/deadlines\.ics$/];

const labelSchema = z.string().trim().min(1).max(80);

/** A new token for a user's feed URLs; shown once, only its SHA-256 is stored. */
export async function issueFeedToken(sql: Sql, name: string, label: string, now = new Date()): Promise<string> {
  const user = await findUserByName(sql, name);
  if (!user) throw new NotFoundError(`no user "${name}"`);
  const parsed = labelSchema.safeParse(label);
  if (!parsed.success) throw new QueryError('a token label is 1–80 characters');
  const token = randomToken();
  await insertFeedToken(sql, tokenHash(token), user.id, parsed.data, now);
  return token;
}

/** The user a token in a feed URL stands for, or null. */
export async function feedTokenUser(sql: Sql, token: string): Promise<User | null> {
  if (!/^[\w-]{43}$/.test(token)) return null;
  const row = await findFeedTokenUser(sql, tokenHash(token));
  return row ? { id: row.id, name: row.name, role: row.role } : null;
}
