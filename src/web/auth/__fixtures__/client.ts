import type { Hono } from 'hono';
import type { WebEnv } from '../../env.ts';

// A tiny browser stand-in for app.request(): keeps cookies, sends Origin like a browser does on
// POST, and reads the CSRF token out of the last page's form.

export const ORIGIN = 'http://localhost';

export class Client {
  readonly cookies = new Map<string, string>();
  csrf = '';

  constructor(private readonly app: Pick<Hono<WebEnv>, 'request'>, private readonly base = ORIGIN) {}

  async get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    const res = await this.send(path, { method: 'GET', headers });
    const type = res.headers.get('content-type') ?? '';
    if (type.includes('text/html')) {
      const html = await res.clone().text();
      const m = /name="_csrf" value="([^"]+)"/.exec(html);
      if (m) this.csrf = m[1]!;
    }
    return res;
  }

  /** A form POST; `_csrf` is the current token unless given, `origin: null` sends no Origin. */
  async post(path: string, form: Record<string, string>, opts: { origin?: string | null; csrf?: string | null } = {}): Promise<Response> {
    const body = new URLSearchParams(form);
    const token = opts.csrf === undefined ? this.csrf : opts.csrf;
    if (token !== null) body.set('_csrf', token);
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
    const origin = opts.origin === undefined ? this.base : opts.origin;
    if (origin !== null) headers.origin = origin;
    return this.send(path, { method: 'POST', headers, body: body.toString() });
  }

  private async send(path: string, init: RequestInit & { headers: Record<string, string> }): Promise<Response> {
    if (this.cookies.size) init.headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await this.app.request(this.base + path, init);
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq);
      const value = pair!.slice(eq + 1);
      if (value === '' || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }
}
