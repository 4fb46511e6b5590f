import fs from 'node:fs';
import path from 'node:path';

/**
 * Expands the paths a user gave into the files to ingest, in a stable order. Folders are walked
 * recursively; hidden files and folders are skipped. Paths that do not exist are kept so that the
 * reader reports them with a clear message instead of them vanishing silently.
 */
export function expandPaths(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(p);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

function walk(dir: string): string[] {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  const out: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(full));
    else if (e.isFile()) out.push(full);
  }
  return out;
}
