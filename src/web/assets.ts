import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Hono } from 'hono';

// The stylesheet, the page script and echarts, served from this server (no CDN; the CSP allows
// scripts from 'self' only). Files are read once at start-up.

const require = createRequire(import.meta.url);
const ECHARTS = path.join(path.dirname(require.resolve('echarts/package.json')), 'dist', 'echarts.min.js');
const DIR = path.join(import.meta.dirname, 'assets');

const FILES: Record<string, { file: string; type: string }> = {
  'app.css': { file: path.join(DIR, 'app.css'), type: 'text/css; charset=utf-8' },
  'app.js': { file: path.join(DIR, 'app.js'), type: 'text/javascript; charset=utf-8' },
  'echarts.min.js': { file: ECHARTS, type: 'text/javascript; charset=utf-8' },
};

export function assetRoutes(): Hono {
  const app = new Hono();
  const cache = new Map<string, string>();
  app.get('/:name', (c) => {
    const name = c.req.param('name');
    // Own keys only: /assets/constructor must not find Object's.
    const entry = Object.hasOwn(FILES, name) ? FILES[name] : undefined;
    if (!entry) return c.notFound();
    let body = cache.get(entry.file);
    if (body === undefined) {
      body = fs.readFileSync(entry.file, 'utf8');
      cache.set(entry.file, body);
    }
    return c.body(body, 200, { 'content-type': entry.type, 'cache-control': 'public, max-age=3600' });
  });
  return app;
}
