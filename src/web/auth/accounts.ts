import { hash, verify } from '@node-rs/argon2';
import { z } from 'zod';
import { NotFoundError, QueryError } from '../../errors.ts';
import type { Sql } from '../../store/sql.ts';
import { countUsers, deleteUser, deleteUserSessions, findUserByName, insertUser, listUsers, updatePassword, type UserRow } from '../../store/users.ts';
import type { Role, User } from '../env.ts';

// Account rules shared by `regwatch user …` and the login form. @node-rs/argon2 hashes with argon2id
// at its defaults (m=19 MiB, t=2, p=1: the OWASP minimum), stored as a PHC string that carries its own
// parameters, so raising them later still verifies old hashes.

export const ROLES = ['reader', 'editor', 'admin'] as const satisfies readonly Role[];
export const MIN_PASSWORD = 12;
const MAX_PASSWORD = 1024;

const nameSchema = z
  .string()
  .trim()
  .min(1, 'user name must not be empty')
  .max(64, 'user name must be at most 64 characters')
  .regex(/^[\p{L}\p{N}._@-]+$/u, 'user name may contain letters, digits and . _ @ - only');
const passwordSchema = z
  .string()
  .min(MIN_PASSWORD, `password must be at least ${MIN_PASSWORD} characters`)
  .max(MAX_PASSWORD, `password must be at most ${MAX_PASSWORD} characters`);
const roleSchema = z.enum(ROLES, { error: `role must be one of ${ROLES.join(', ')}` });

function check<T>(schema: z.ZodType<T>, value: unknown): T {
  const r = schema.safeParse(value);
  if (!r.success) throw new QueryError(r.error.issues.map((i) => i.message).join('; '));
  return r.data;
}

export function parseRole(value: unknown): Role {
  return check(roleSchema, value);
}

export async function addUser(sql: Sql, name: string, role: string, password: string, now = new Date()): Promise<UserRow> {
  const n = check(nameSchema, name);
  const r = parseRole(role);
  const p = check(passwordSchema, password);
  if (await findUserByName(sql, n)) throw new QueryError(`user "${n}" already exists`);
  const id = await insertUser(sql, n, r, await hash(p), now);
  return { id, name: n, role: r, createdAt: now.toISOString(), updatedAt: now.toISOString() };
}

export async function setPassword(sql: Sql, name: string, password: string, now = new Date()): Promise<void> {
  const user = await findUserByName(sql, name);
  if (!user) throw new NotFoundError(`no user "${name}"`);
  const p = check(passwordSchema, password);
  await updatePassword(sql, user.id, await hash(p), now);
  // A new password ends every session signed in with the old one.
  await deleteUserSessions(sql, user.id);
}

export async function removeUser(sql: Sql, name: string): Promise<void> {
  const user = await findUserByName(sql, name);
  if (!user || !(await deleteUser(sql, user.id))) throw new NotFoundError(`no user "${name}"`);
}

export { countUsers, listUsers };

// Verifying against this when the name is unknown keeps the answer time the same for unknown names
// and wrong passwords, so response times do not reveal which names exist.
let dummyHash: Promise<string> | undefined;

/** The user for a name and password, or null when either is wrong (never says which). */
export async function checkPassword(sql: Sql, name: string, password: string): Promise<User | null> {
  if (password.length === 0 || password.length > MAX_PASSWORD || name.length > 64) return null;
  const user = await findUserByName(sql, name.trim());
  if (!user) {
    await verify(await (dummyHash ??= hash('regwatch-no-such-user')), password);
    return null;
  }
  if (!(await verify(user.passwordHash, password))) return null;
  return { id: user.id, name: user.name, role: user.role };
}
