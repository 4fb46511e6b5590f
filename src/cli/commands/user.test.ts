import { spawn, spawnSync } from 'node:child_process';
import net from 'node:net';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seedPath, SEED } from '../../../test/helpers/seeds.ts';
import { fieldValues } from '../../overrides/apply.ts';
import { correctedItem, correctItem } from '../../overrides/correct.ts';
import type { EditForm } from '../../overrides/fields.ts';
import { openStore } from '../../store/open.ts';

const BIN = path.resolve(import.meta.dirname, '../../../bin/regwatch.mjs');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regwatch-user-'));
const DB = path.join(dir, 'test.db');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** One query against the test database, closed again so the CLI processes see no open connection. */
async function query<T>(text: string): Promise<T[]> {
  const sql = await openStore(DB);
  try {
    return await sql.all<T>(text);
  } finally {
    await sql.close();
  }
}

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, '--db', DB, ...args], {
    encoding: 'utf8',
    cwd: dir,
    env: { ...process.env, REGWATCH_PASSWORD: '', ...env },
    input: '', // not a terminal: no prompt possible
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('regwatch serve --host', { timeout: 120_000 }, () => {
  it('refuses a non-loopback address while no account exists (exit 2)', () => {
    const r = run(['serve', '--host', '0.0.0.0', '--port', '1', '--no-scheduler']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/refusing to serve on 0\.0\.0\.0 without accounts.*regwatch user add <name> --role admin/);
  });
});

describe('regwatch user', { timeout: 120_000 }, () => {
  it('adds accounts with the password from REGWATCH_PASSWORD and lists them', async () => {
    expect(run(['user', 'add', 'wang', '--role', 'editor'], { REGWATCH_PASSWORD: 'long enough secret' }).code).toBe(0);
    expect(run(['user', 'add', 'li', '--role', 'reader'], { REGWATCH_PASSWORD: 'another long secret' }).code).toBe(0);
    const list = JSON.parse(run(['--json', 'user', 'list']).stdout) as { name: string; role: string }[];
    expect(list.map((u) => [u.name, u.role])).toEqual([['li', 'reader'], ['wang', 'editor']]);
    const hashes = await query<{ h: string }>('SELECT password_hash AS h FROM users');
    expect(hashes.every((r) => r.h.startsWith('$argon2id$') && !r.h.includes('secret'))).toBe(true);
  });

  it('says clearly what is wrong: no password, a short one, a bad role, a taken name', () => {
    const none = run(['user', 'add', 'zhao', '--role', 'reader']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no password: set REGWATCH_PASSWORD or run on a terminal');
    const short = run(['user', 'add', 'zhao', '--role', 'reader'], { REGWATCH_PASSWORD: 'short' });
    expect(short.code).toBe(2);
    expect(short.stderr).toContain('password must be at least 12 characters');
    expect(run(['user', 'add', 'zhao', '--role', 'boss'], { REGWATCH_PASSWORD: 'long enough secret' }).stderr).toContain('role must be one of reader, editor, admin');
    expect(run(['user', 'add', 'wang', '--role', 'admin'], { REGWATCH_PASSWORD: 'long enough secret' }).stderr).toContain('user "wang" already exists');
    expect(run(['user', 'add', 'zhao']).stderr).toContain("required option '--role <role>'");
  });

  it('changes a password and removes an account', () => {
    expect(run(['user', 'passwd', 'li'], { REGWATCH_PASSWORD: 'a brand new secret' }).code).toBe(0);
    expect(run(['user', 'passwd', 'nobody'], { REGWATCH_PASSWORD: 'a brand new secret' }).stderr).toContain('no user "nobody"');
    expect(run(['user', 'remove', 'li']).code).toBe(0);
    expect(run(['user', 'remove', 'li']).code).toBe(1);
    expect((JSON.parse(run(['--json', 'user', 'list']).stdout) as { name: string }[]).map((u) => u.name)).toEqual(['wang']);
  });

  it('prints a feed token once, stores only its hash, and names a missing user', async () => {
    const r = run(['user', 'token', 'wang', '--label', 'outlook']);
    expect(r.code).toBe(0);
    const token = r.stdout.trim();
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(r.stderr).toContain('/deadlines.ics');
    const rows = await query<{ h: string; label: string }>('SELECT token_hash AS h, label FROM feed_tokens');
    expect(rows.map((x) => x.label)).toEqual(['outlook']);
    expect(rows[0]!.h).not.toContain(token);
    expect(run(['user', 'token', 'nobody']).stderr).toContain('no user "nobody"');
  });
});

describe('regwatch show and search', { timeout: 120_000 }, () => {
  it('show corrected values and who corrected them', async () => {
    expect(run(['ingest', seedPath(SEED.report2023)]).code).toBe(0);
    const sql = await openStore(DB);
    const { id } = (await sql.get<{ id: number }>("SELECT id FROM items WHERE headline LIKE '%知网依法作出%'"))!;
    const { item } = (await correctedItem(sql, id))!;
    const { id: wangId } = (await sql.get<{ id: number }>("SELECT id FROM users WHERE name = 'wang'"))!;
    const editor = { id: wangId, name: 'wang', role: 'editor' as const };
    await correctItem(sql, editor, id, { ...fieldValues(item), note: null, region: '北京市', tags: ['CNKI'] } as EditForm);
    await sql.close();
    const shown = run(['show', String(id)]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/region 北京市/);
    expect(shown.stdout).toMatch(/tags\s+CNKI/);
    expect(shown.stdout).toMatch(/region\s+by wang at \d{4}-\d{2}-\d{2} \d{2}:\d{2}, was: /);
    const json = JSON.parse(run(['--json', 'show', String(id)]).stdout) as { region: string; corrections: Record<string, { by: string }> };
    expect(json.region).toBe('北京市');
    expect(json.corrections.tags?.by).toBe('wang');
    const hits = (JSON.parse(run(['--json', 'search', '知网']).stdout) as { hits: { id: number; region: string | null; tags: string[]; corrected: string[] }[] }).hits;
    const hit = hits.find((h) => h.id === id)!;
    expect(hit).toMatchObject({ region: '北京市', tags: ['CNKI'] });
    expect(hit.corrected.sort()).toEqual(['region', 'tags']);
    expect(hits.filter((h) => h.id !== id).every((h) => h.corrected.length === 0 && h.tags.length === 0)).toBe(true);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

describe('regwatch serve in login mode, run from another folder', { timeout: 120_000 }, () => {
  it('serves the login page and, once signed in, the edit form and the reading pages', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [BIN, '--db', DB, 'serve', '--host', '0.0.0.0', '--port', String(port), '--no-scheduler'], { cwd: dir });
    try {
      await new Promise<void>((resolve, reject) => {
        let err = '';
        child.stderr.on('data', (d: Buffer) => {
          err += d.toString();
          if (err.includes('sign-in required')) resolve();
        });
        child.on('exit', () => reject(new Error(`serve exited: ${err}`)));
      });
      const base = `http://127.0.0.1:${port}`;
      const login = await fetch(`${base}/login`);
      const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      const token = /name="_csrf" value="([^"]+)"/.exec(await login.text())![1]!;
      const [{ id }] = (await query<{ id: number }>("SELECT id FROM items WHERE headline LIKE '%知网依法作出%'")) as [{ id: number }];
      const signedIn = await fetch(`${base}/login`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie, origin: base, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: token, name: 'wang', password: 'long enough secret', next: `/items/${id}/edit` }),
      });
      expect(signedIn.status).toBe(303);
      const session = signedIn.headers.getSetCookie().find((c) => c.startsWith('regwatch_session='))!.split(';')[0]!;
      const page = await fetch(`${base}${signedIn.headers.get('location')}`, { headers: { cookie: session } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<h1>国家互联网信息办公室对知网依法作出网络安全审查相关行政处罚</h1>');
      // The reading pages are the same app, behind the same sign-in.
      expect((await fetch(`${base}/items/${id}`, { redirect: 'manual' })).status).toBe(302);
      const item = await fetch(`${base}/items/${id}`, { headers: { cookie: session } });
      expect(item.status).toBe(200);
      expect(await item.text()).toContain(`href="/items/${id}/edit"`);
      const search = await fetch(`${base}/search?q=${encodeURIComponent('知网')}`, { headers: { cookie: session } });
      expect(await search.text()).toContain(`href="/items/${id}"`);
    } finally {
      child.kill();
    }
  });
});
