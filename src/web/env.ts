import type { Sql } from '../store/sql.ts';

/** Roles in increasing power: a reader reads, an editor also corrects items, an admin also manages users. */
export type Role = 'reader' | 'editor' | 'admin';

export interface User {
  id: number | null;
  name: string;
  role: Role;
}

export type Lang = 'zh' | 'en';

/**
 * What every page handler can read from the request context (`c.get('user')` …), set by middleware:
 * the signed-in user (on a loopback-only server without login, an implicit local admin), the CSRF
 * token every form must echo as `_csrf`, and the interface language.
 */
export interface WebEnv {
  Variables: {
    user: User | null;
    csrf: string;
    lang: Lang;
    sql: Sql;
  };
}

const RANK: Record<Role, number> = { reader: 0, editor: 1, admin: 2 };

export function hasRole(user: User | null, role: Role): boolean {
  return user !== null && RANK[user.role] >= RANK[role];
}

/** A row id from a URL segment: a positive whole number the database can hold, else undefined (a 404, not a 500). */
export function idParam(s: string | undefined): number | undefined {
  const id = Number(s);
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}
