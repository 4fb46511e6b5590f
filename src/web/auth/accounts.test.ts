import { beforeEach, describe, expect, it } from 'vitest';
import { describeEachBackend } from '../../../test/helpers/backends.ts';
import { QueryError } from '../../errors.ts';
import type { Sql } from '../../store/sql.ts';
import { insertOverride, overridesOfSource } from '../../store/overrides.ts';
import { findUserByName } from '../../store/users.ts';
import { addUser, checkPassword, listUsers, removeUser, setPassword } from './accounts.ts';
import { feedTokenUser, issueFeedToken } from './feed-tokens.ts';
import { endSession, resumeSession, startSession, tokenHash } from './sessions.ts';

describeEachBackend('accounts and sessions', (open) => {
  const HOUR = 3600_000;
  let sql: Sql;
  beforeEach(async () => {
    sql = await open();
  });

  describe('accounts', () => {
    it('stores an argon2id hash, never the password, and checks it', async () => {
      await addUser(sql, 'wang.li', 'editor', 'correct horse battery');
      const row = (await findUserByName(sql, 'wang.li'))!;
      expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$/);
      expect(row.passwordHash).not.toContain('correct horse');
      expect(await checkPassword(sql, 'wang.li', 'correct horse battery')).toEqual({ id: row.id, name: 'wang.li', role: 'editor' });
      expect(await checkPassword(sql, 'wang.li', 'correct horse batterY')).toBeNull();
      expect(await checkPassword(sql, 'nobody', 'correct horse battery')).toBeNull();
    });

    it('refuses short passwords, unknown roles, odd names and duplicates with clear messages', async () => {
      await expect(addUser(sql, 'a', 'editor', 'short')).rejects.toThrow('password must be at least 12 characters');
      await expect(addUser(sql, 'a', 'owner', 'long enough password')).rejects.toThrow('role must be one of reader, editor, admin');
      await expect(addUser(sql, 'a b', 'reader', 'long enough password')).rejects.toThrow(QueryError);
      await addUser(sql, '李雷', 'reader', 'long enough password');
      await expect(addUser(sql, '李雷', 'admin', 'another long password')).rejects.toThrow('user "李雷" already exists');
      expect((await listUsers(sql)).map((u) => [u.name, u.role])).toEqual([['李雷', 'reader']]);
    });

    it('a new password ends existing sessions; removing a user ends them too', async () => {
      const u = await addUser(sql, 'ed', 'editor', 'first password 1');
      const user = { id: u.id, name: u.name, role: u.role };
      const s1 = await startSession(sql, user, 12 * HOUR);
      await setPassword(sql, 'ed', 'second password 2');
      expect(await resumeSession(sql, s1.token, 12 * HOUR)).toBeNull();
      expect(await checkPassword(sql, 'ed', 'first password 1')).toBeNull();
      expect(await checkPassword(sql, 'ed', 'second password 2')).not.toBeNull();
      const s2 = await startSession(sql, user, 12 * HOUR);
      await removeUser(sql, 'ed');
      expect(await resumeSession(sql, s2.token, 12 * HOUR)).toBeNull();
      await expect(removeUser(sql, 'ed')).rejects.toThrow('no user "ed"');
    });
  });

  it('removing an account keeps its corrections, still under its name', async () => {
    const u = await addUser(sql, 'gone', 'editor', 'editor password 1');
    await insertOverride(sql, {
      source: '/x.txt', headlineKey: 'h', bodyKey: 'b', seq: 1, itemId: null, field: 'region', value: '"北京"', previous: 'null',
      note: null, userId: u.id, userName: u.name, createdAt: '2026-01-01T00:00:00.000Z',
    });
    await removeUser(sql, 'gone');
    expect((await overridesOfSource(sql, '/x.txt')).map((o) => [o.userId, o.userName])).toEqual([[null, 'gone']]);
  });

  describe('sessions', () => {
    it('keep only the SHA-256 of the token, expire, slide on use and end on logout', async () => {
      const u = await addUser(sql, 'rd', 'reader', 'reader password 1');
      const user = { id: u.id, name: u.name, role: u.role };
      const t0 = new Date('2026-01-01T00:00:00Z');
      const { token, csrf } = await startSession(sql, user, 12 * HOUR, t0);
      expect(token).toMatch(/^[\w-]{43}$/); // 32 random bytes, base64url
      const stored = await sql.all<{ token_hash: string }>('SELECT token_hash FROM sessions');
      expect(stored).toEqual([{ token_hash: tokenHash(token) }]);
      // Used after 11 hours: still live, and now good until 23 hours.
      expect(await resumeSession(sql, token, 12 * HOUR, new Date(t0.getTime() + 11 * HOUR))).toEqual({ user, csrf });
      expect(await resumeSession(sql, token, 12 * HOUR, new Date(t0.getTime() + 22 * HOUR))).not.toBeNull();
      // Idle for more than 12 hours: gone.
      expect(await resumeSession(sql, token, 12 * HOUR, new Date(t0.getTime() + 34.5 * HOUR))).toBeNull();
      const again = await startSession(sql, user, 12 * HOUR);
      await endSession(sql, again.token);
      expect(await resumeSession(sql, again.token, 12 * HOUR)).toBeNull();
    });
  });

  describe('feed tokens', () => {
    it('stand for their user, are stored hashed, and go with the account', async () => {
      const u = await addUser(sql, 'cal', 'reader', 'reader password 1');
      const token = await issueFeedToken(sql, 'cal', 'phone calendar');
      expect(await sql.all('SELECT token_hash AS h, label FROM feed_tokens')).toEqual([{ h: tokenHash(token), label: 'phone calendar' }]);
      expect(await feedTokenUser(sql, token)).toEqual({ id: u.id, name: 'cal', role: 'reader' });
      expect(await feedTokenUser(sql, 'x'.repeat(43))).toBeNull();
      await expect(issueFeedToken(sql, 'nobody', 'x')).rejects.toThrow('no user "nobody"');
      await removeUser(sql, 'cal');
      expect(await feedTokenUser(sql, token)).toBeNull();
    });
  });
});
