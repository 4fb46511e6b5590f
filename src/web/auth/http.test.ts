import { beforeAll, describe, expect, it } from 'vitest';
import { SEEDS } from '../../../test/helpers/seeds.ts';
import { ingestPaths } from '../../ingest/service.ts';
import { correctedItem } from '../../overrides/correct.ts';
import { openStore } from '../../store/open.ts';
import type { Sql } from '../../store/sql.ts';
import { createApp } from '../app.ts';
import { Client } from './__fixtures__/client.ts';
import { saveSearch } from '../../alerts/saved.ts';
import { addUser, removeUser } from './accounts.ts';
import { issueFeedToken } from './feed-tokens.ts';
import type { AccessOptions } from './middleware.tsx';
import { safeNext } from './routes.tsx';
import { tokenHash } from './sessions.ts';
import { LoginThrottle } from './throttle.ts';

const TTL = 12 * 3600_000;
let db: Sql;
let sql: Sql;
let itemId: number;

beforeAll(async () => {
  db = await openStore(':memory:');
  sql = db;
  await ingestPaths(db, [SEEDS], { maxFileBytes: 10 * 1024 * 1024 });
  await addUser(sql, 'editor1', 'editor', 'editor password 1');
  await addUser(sql, 'reader1', 'reader', 'reader password 1');
  const row = await sql.get<{ id: number }>("SELECT id FROM items WHERE headline LIKE '%知网依法作出%' ORDER BY id LIMIT 1");
  itemId = row!.id;
});

function app(opts: Partial<AccessOptions> = {}, throttle = new LoginThrottle()) {
  return createApp(sql, { access: { mode: 'login', sessionTtlMs: TTL, secureCookies: false, throttle, ...opts } });
}

async function signIn(client: Client, name: string, password: string): Promise<Response> {
  await client.get('/login');
  return client.post('/login', { name, password, next: `/items/${itemId}/edit` });
}

/** The edit form's fields as they are now, so a test changes only what it means to. */
async function currentForm(): Promise<Record<string, string>> {
  const { item } = (await correctedItem(sql, itemId))!;
  const list = (f: string) => item.values.filter((v) => v.field === f).map((v) => v.value).join('\n');
  return {
    title: item.title ?? '', date: item.date ?? '', category: item.category, region: item.region ?? '', status: item.status ?? '',
    deadline: item.deadline ?? '', commentary: item.commentary ?? '', authorities: list('authority'), instruments: list('instrument'),
    penalties: list('penalty'), topics: list('topic'), tags: item.tags.join('\n'), note: '',
  };
}

describe('login mode', () => {
  it('sends pages to the login form and answers the API with 401', async () => {
    const c = new Client(app());
    const page = await c.get(`/items/${itemId}/edit?x=1`);
    expect(page.status).toBe(302);
    expect(page.headers.get('location')).toBe(`/login?next=${encodeURIComponent(`/items/${itemId}/edit?x=1`)}`);
    const api = await c.get('/api/search?q=知网');
    expect(api.status).toBe(401);
    expect(await api.json()).toEqual({ error: 'sign in required' });
  });

  it('refuses a wrong password without a session, and signs in with the right one', async () => {
    const c = new Client(app());
    const wrong = await signIn(c, 'editor1', 'not the password');
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain('用户名或密码错误。');
    expect(c.cookies.has('regwatch_session')).toBe(false);

    const ok = await signIn(c, 'editor1', 'editor password 1');
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe(`/items/${itemId}/edit`);
    const cookie = ok.headers.getSetCookie().find((l) => l.startsWith('regwatch_session='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/);
    const token = c.cookies.get('regwatch_session')!;
    const stored = await sql.all<{ token_hash: string }>('SELECT token_hash FROM sessions');
    expect(stored.map((s) => s.token_hash)).toContain(tokenHash(token));
    expect(stored.map((s) => s.token_hash)).not.toContain(token);
    expect((await c.get('/api/search?q=知网')).status).toBe(200);
  });

  it('uses Secure __Host- cookies when configured, and Secure over HTTPS', async () => {
    const c = new Client(app({ secureCookies: true }));
    await signIn(c, 'reader1', 'reader password 1');
    expect([...c.cookies.keys()].sort()).toEqual(['__Host-regwatch_csrf', '__Host-regwatch_session']);
    const https = new Client(app(), 'https://regwatch.example');
    const res = await signIn(https, 'reader1', 'reader password 1');
    expect(res.headers.getSetCookie().find((l) => l.startsWith('regwatch_session='))).toMatch(/; Secure/);
  });

  it('throttles repeated failures for a name, even with the right password afterwards', async () => {
    const c = new Client(app({}, new LoginThrottle({ maxFailures: 3 })));
    for (let i = 0; i < 3; i++) expect((await signIn(c, 'reader1', `guess ${i} guess ${i}`)).status).toBe(401);
    const blocked = await signIn(c, 'reader1', 'reader password 1');
    expect(blocked.status).toBe(429);
    expect(c.cookies.has('regwatch_session')).toBe(false);
    expect((await signIn(c, 'editor1', 'editor password 1')).status).toBe(303);
  });

  it('signs in and refuses in the interface language: Chinese by default, English after ?lang=en', async () => {
    const c = new Client(app());
    const zh = await (await c.get('/login')).text();
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toContain('<h1>登录</h1>');
    expect(zh).toContain('<label for="name">用户名</label>');
    expect(zh).toContain('<label for="password">密码</label>');
    expect(zh).not.toContain('Password');

    const en = await (await c.get('/login?lang=en')).text();
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<h1>Sign in</h1>');
    expect(en).toContain('<label for="password">Password</label>');
    expect(en).not.toContain('密码');

    // The cookie remembers the choice for the next pages: the failed sign-in and a refusal.
    const wrong = await signIn(c, 'reader1', 'not the password');
    expect(await wrong.text()).toContain('Wrong name or password.');
    await signIn(c, 'reader1', 'reader password 1');
    const refused = await (await c.get(`/items/${itemId}/edit`)).text();
    expect(refused).toContain('<h1>Forbidden</h1>');
    expect(refused).toContain('This needs the editor role.');
  });

  it('logout deletes the session; the old cookie no longer works', async () => {
    const c = new Client(app());
    await signIn(c, 'reader1', 'reader password 1');
    const token = c.cookies.get('regwatch_session')!;
    // Any page picks up the session's CSRF token from the sign-out form, even a 403 page.
    expect((await c.get(`/items/${itemId}/edit`)).status).toBe(403);
    const session = await sql.get<{ csrf: string }>('SELECT csrf FROM sessions WHERE token_hash = ?', [tokenHash(token)]);
    expect(c.csrf).toBe(session!.csrf);
    const out = await c.post('/logout', {});
    expect(out.status).toBe(303);
    expect(await sql.get('SELECT 1 FROM sessions WHERE token_hash = ?', [tokenHash(token)])).toBeUndefined();
    c.cookies.set('regwatch_session', token);
    expect((await c.get('/api/search?q=a')).status).toBe(401);
  });

  it('guards every reading page, but not the stylesheet the login page needs; signed in, all of them answer', async () => {
    const pages = ['/search?q=知网', `/items/${itemId}`, '/laws', '/dashboard', '/deadlines', '/deadlines.ics'];
    const c = new Client(app());
    for (const p of pages) {
      const res = await c.get(p);
      expect(res.status, p).toBe(302);
      expect(res.headers.get('location'), p).toBe(`/login?next=${encodeURIComponent(new URL(p, 'http://x').pathname + new URL(p, 'http://x').search)}`);
    }
    expect((await c.get('/assets/app.css')).status).toBe(200);
    const login = await (await c.get('/login')).text();
    expect(login).toContain('href="/assets/app.css"');
    expect(login).not.toContain('action="/logout"');
    await signIn(c, 'reader1', 'reader password 1');
    for (const p of pages) expect((await c.get(p)).status, p).toBe(200);
    const search = await (await c.get('/search?q=知网&lang=en')).text();
    expect(search).toContain('reader1 (reader)');
    expect(search).toMatch(/<form class="signout" method="post" action="\/logout"><input type="hidden" name="_csrf" value="[\w-]{43}"\/>/);
    expect(search).toContain('<html lang="en">');
  });

  it('only lets next= lead to a path on this site', () => {
    expect(safeNext('/items/3/edit?a=1')).toBe('/items/3/edit?a=1');
    for (const bad of ['//evil.example/x', '/\\evil.example', 'https://evil.example/', 'javascript:alert(1)', undefined]) expect(safeNext(bad)).toBe('/');
    // Browsers drop tabs and newlines inside a URL, so these are //evil.example once followed.
    for (const bad of ['/\t/evil.example', '/\n/evil.example', '\t//evil.example', '/\t\\evil.example', '/./login']) expect(safeNext(bad), JSON.stringify(bad)).toBe('/');
  });
});

describe('editing and CSRF', () => {
  it('an editor corrects a field through the form; hostile text renders inert', async () => {
    const c = new Client(app());
    await signIn(c, 'editor1', 'editor password 1');
    const form = await c.get(`/items/${itemId}/edit`);
    expect(form.status).toBe(200);
    const session = await sql.get<{ csrf: string }>('SELECT csrf FROM sessions WHERE token_hash = ?', [tokenHash(c.cookies.get('regwatch_session')!)]);
    expect(c.csrf).toBe(session!.csrf);
    const res = await c.post(`/items/${itemId}/edit`, { ...(await currentForm()), region: '北京', commentary: '<script>alert("x")</script>重罚', note: '<img src=x onerror=alert(1)>' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/items/${itemId}/edit?saved=2`);
    const page = await (await c.get(`/items/${itemId}/edit?saved=2`)).text();
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain('<img src=x');
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;重罚');
    expect(page).toMatch(/data-corrected="region"[^>]*>\s*已更正 corrected by editor1/);
    const { item } = (await correctedItem(sql, itemId))!;
    expect(item.region).toBe('北京');
    expect(item.corrections.region?.by).toBe('editor1');
  });

  it('two editors at once: untouched fields are not reverted, a field changed by both is a conflict (409)', async () => {
    const a = new Client(app());
    const b = new Client(app());
    await signIn(a, 'editor1', 'editor password 1');
    await signIn(b, 'editor1', 'editor password 1');
    const shown = async (c: Client) => {
      const html = await (await c.get(`/items/${itemId}/edit`)).text();
      return JSON.parse(/name="_shown" value="([^"]*)"/.exec(html)![1]!.replaceAll('&quot;', '"').replaceAll('&amp;', '&')) as Record<string, unknown>;
    };
    const formA = { ...(await currentForm()), _shown: JSON.stringify(await shown(a)) };
    const formB = { ...(await currentForm()), _shown: JSON.stringify(await shown(b)) };
    expect((await b.post(`/items/${itemId}/edit`, { ...formB, region: '上海市' })).status).toBe(303);
    // A's form still holds the old region; saving only tags must leave B's region alone.
    expect((await a.post(`/items/${itemId}/edit`, { ...formA, tags: '并发' })).status).toBe(303);
    let item = (await correctedItem(sql, itemId))!.item;
    expect(item.region).toBe('上海市');
    expect(item.tags).toEqual(['并发']);
    const before = await sql.get<{ n: number }>('SELECT COUNT(*) AS n FROM item_overrides');
    const clash = await a.post(`/items/${itemId}/edit`, { ...formA, region: '广州市', status: 'issued' });
    expect(clash.status).toBe(409);
    expect(await clash.text()).toContain('changed by someone else since the form was opened: region');
    expect(await sql.get<{ n: number }>('SELECT COUNT(*) AS n FROM item_overrides')).toEqual(before);
    item = (await correctedItem(sql, itemId))!.item;
    expect(item.region).toBe('上海市');
  });

  it('rejects a bad value with the reason and keeps what was typed', async () => {
    const c = new Client(app());
    await signIn(c, 'editor1', 'editor password 1');
    await c.get(`/items/${itemId}/edit`);
    const res = await c.post(`/items/${itemId}/edit`, { ...(await currentForm()), date: '2023-02-30', region: '上海' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('date: expected a date like 2023-09-14');
    expect(html).toContain('value="上海"');
    expect((await correctedItem(sql, itemId))!.item.region).not.toBe('上海');
  });

  it.each([
    ['no token', { csrf: null }],
    ['a wrong token', { csrf: 'x'.repeat(43) }],
    ['another site as Origin', { origin: 'http://evil.example' }],
    ['neither Origin nor Referer', { origin: null }],
  ] as const)('refuses a POST with %s (403)', async (_what, opts) => {
    const c = new Client(app());
    await signIn(c, 'editor1', 'editor password 1');
    await c.get(`/items/${itemId}/edit`);
    const before = await sql.get<{ n: number }>('SELECT COUNT(*) AS n FROM item_overrides');
    const res = await c.post(`/items/${itemId}/edit`, { ...(await currentForm()), region: '被伪造' }, opts);
    expect(res.status).toBe(403);
    expect(await sql.get<{ n: number }>('SELECT COUNT(*) AS n FROM item_overrides')).toEqual(before);
  });

  it('a reader sees no edit form and a POST with a valid token is refused (403)', async () => {
    const c = new Client(app());
    await signIn(c, 'reader1', 'reader password 1');
    const page = await c.get(`/items/${itemId}/edit`);
    expect(page.status).toBe(403);
    expect(await page.text()).not.toContain('<form method="post" action="/items/');
    const session = await sql.get<{ csrf: string }>('SELECT csrf FROM sessions WHERE token_hash = ?', [tokenHash(c.cookies.get('regwatch_session')!)]);
    const res = await c.post(`/items/${itemId}/edit`, { ...(await currentForm()), region: '读者' }, { csrf: session!.csrf });
    expect(res.status).toBe(403);
    expect((await correctedItem(sql, itemId))!.item.region).not.toBe('读者');
    // Readers still see the corrected values.
    const json = (await (await c.get(`/api/items/${itemId}/corrections`)).json()) as { values: { region: string }; corrections: Record<string, unknown> };
    expect(json.values.region).toBe((await correctedItem(sql, itemId))!.item.region);
    expect(Object.keys(json.corrections)).toContain('region');
  });
});

describe('POST /api/items/:id/tags', () => {
  it('adds and removes tags with the token in x-csrf-token, touching no other field', async () => {
    const a = app();
    const c = new Client(a);
    await signIn(c, 'editor1', 'editor password 1');
    await c.get(`/items/${itemId}/edit`);
    const before = (await correctedItem(sql, itemId))!.item;
    const send = (body: unknown, headers: Record<string, string> = { 'x-csrf-token': c.csrf, origin: 'http://localhost' }) =>
      a.request(`http://localhost/api/items/${itemId}/tags`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: `regwatch_session=${c.cookies.get('regwatch_session')}`, ...headers },
        body: JSON.stringify(body),
      });
    const added = await send({ add: ['数据出境', ' 罚款 ', '数据出境'] });
    expect(added.status).toBe(200);
    expect(((await added.json()) as { tags: string[] }).tags).toEqual([...before.tags, '数据出境', '罚款']);
    const removed = await send({ remove: ['罚款'] });
    expect(((await removed.json()) as { tags: string[] }).tags).toEqual([...before.tags, '数据出境']);
    const after = (await correctedItem(sql, itemId))!.item;
    expect({ ...after, tags: before.tags, corrections: {} }).toEqual({ ...before, corrections: {} });
    expect((await send({ add: [''] })).status).toBe(400);
    expect((await send({ add: ['x'] }, { origin: 'http://localhost' })).status).toBe(403);
  });
});

describe('feed tokens (login mode)', () => {
  it('open a saved search feed and the deadline calendar, and nothing else', async () => {
    const a = app();
    const saved = await saveSearch(sql, { name: 'cnki-feed', query: '知网' }, new Date('2026-01-01T00:00:00Z'));
    await addUser(sql, 'feedreader', 'reader', 'feed reader password');
    const token = await issueFeedToken(sql, 'feedreader', 'calendar app');
    const feed = `/api/saved/${saved.id}/feed.atom`;
    expect((await a.request(feed)).status).toBe(401);
    const withToken = await a.request(`${feed}?token=${token}`);
    expect(withToken.status).toBe(200);
    expect(await withToken.text()).toContain('知网');
    const ics = await a.request(`/deadlines.ics?token=${token}`);
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    // Not a key to anything else: pages, the search API and forms still need a session.
    expect((await a.request(`/search?q=知网&token=${token}`)).status).toBe(302);
    expect((await a.request(`/api/search?q=知网&token=${token}`)).status).toBe(401);
    expect((await a.request(`/deadlines.ics?token=${token.slice(1)}x`)).status).toBe(302);
    // Removing the account revokes its tokens.
    await removeUser(sql, 'feedreader');
    expect((await a.request(`${feed}?token=${token}`)).status).toBe(401);
  });
});

describe('open mode (loopback, no login)', () => {
  it('treats everyone as the local admin but still requires the CSRF token and same origin', async () => {
    const c = new Client(app({ mode: 'open' }));
    const regionBefore = (await correctedItem(sql, itemId))!.item.region;
    const page = await c.get(`/items/${itemId}/edit`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('local (admin)');
    expect((await c.get('/login')).status).toBe(302);
    expect((await c.post(`/items/${itemId}/edit`, { ...(await currentForm()), region: '本机' }, { csrf: null })).status).toBe(403);
    expect((await c.post(`/items/${itemId}/edit`, { ...(await currentForm()), region: '本机' }, { origin: 'http://evil.example' })).status).toBe(403);
    const ok = await c.post(`/items/${itemId}/edit`, { ...(await currentForm()), region: '本机' });
    expect(ok.status).toBe(303);
    const { item } = (await correctedItem(sql, itemId))!;
    expect(item.corrections.region).toMatchObject({ by: 'local', previous: regionBefore });
  });

  it('answers only to loopback host names, so a DNS-rebound page cannot use it', async () => {
    const rebound = new Client(app({ mode: 'open' }), 'http://attacker.example:8080');
    const res = await rebound.get(`/items/${itemId}/edit`);
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('only answers to loopback names');
    for (const base of ['http://127.0.0.1:8080', 'http://[::1]:8080']) {
      expect((await new Client(app({ mode: 'open' }), base).get(`/items/${itemId}/edit`)).status).toBe(200);
    }
    // With login, any host name is fine: the session cookie is what counts.
    expect((await new Client(app(), 'http://regwatch.example').get(`/items/${itemId}/edit`)).status).toBe(302);
  });
});
