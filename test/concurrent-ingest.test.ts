import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/open.ts';
import { createPgDatabase, hasPostgres } from './helpers/backends.ts';
import { SEED, SEEDS, seedPath } from './helpers/seeds.ts';

// Two real `regwatch ingest` processes writing into one PostgreSQL database at the same time, over
// the same five seeds and overlapping copies of them under other names, starting on an empty
// database (so they also race to migrate it). The result must be exactly one ingest's worth.

const BIN = path.resolve(import.meta.dirname, '../bin/regwatch.mjs');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'regwatch-concurrent-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

interface Report {
  documents: { file: string; status: string; items: number; error: string | null }[];
  summary: { added: number; unchanged: number; failed: number; itemsAdded: number };
}

function ingest(url: string, paths: string[]): Promise<{ code: number | null; report: Report; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, '--json', '--db', url, 'ingest', ...paths], { cwd: work });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        resolve({ code, report: JSON.parse(stdout) as Report, stderr });
      } catch {
        reject(new Error(`ingest printed no report (exit ${code}): ${stderr}`));
      }
    });
  });
}

/** Copies of some seeds under other names: the same content, so the same documents. */
function copies(name: string, seeds: string[]): string {
  const dir = path.join(work, name);
  fs.mkdirSync(dir);
  for (const s of seeds) fs.copyFileSync(seedPath(s), path.join(dir, `copy-of-${s}.txt`));
  return dir;
}

describe('concurrent ingest into PostgreSQL', () => {
  it.skipIf(!hasPostgres())('two processes over the same seeds store each document and item exactly once', async () => {
    const url = await createPgDatabase(false);
    const seeds = Object.values(SEED);
    const a = copies('a', seeds.slice(0, 3));
    const b = copies('b', seeds.slice(2));
    // Opposite orders, so the two processes meet on the same documents from both sides.
    const [one, two] = await Promise.all([ingest(url, [SEEDS, a]), ingest(url, [b, SEEDS])]);

    for (const run of [one, two]) {
      expect(run.code, run.stderr).toBe(0);
      expect(run.report.summary.failed).toBe(0);
      expect(run.report.documents.filter((d) => d.error !== null)).toEqual([]);
    }
    // Every document was added by exactly one of the two; everything else was found stored.
    expect(one.report.summary.added + two.report.summary.added).toBe(5);
    expect(one.report.summary.itemsAdded + two.report.summary.itemsAdded).toBe(147);
    expect(one.report.documents).toHaveLength(8);
    expect(two.report.documents).toHaveLength(8);

    const db = await openStore(url);
    try {
      expect(await db.get('SELECT COUNT(*) AS n, COUNT(DISTINCT sha256) AS shas FROM documents')).toEqual({ n: 5, shas: 5 });
      expect(await db.get('SELECT COUNT(*) AS n FROM items')).toEqual({ n: 147 });
      expect(await db.get('SELECT COUNT(*) AS n FROM items_fts')).toEqual({ n: 147 });
      expect(await db.all('SELECT document_id, seq FROM items GROUP BY document_id, seq HAVING COUNT(*) > 1')).toEqual([]);
      // Events: every item in exactly one existing event, and no event without items.
      expect(await db.get('SELECT COUNT(*) AS n, COUNT(DISTINCT item_id) AS items FROM event_items')).toEqual({ n: 147, items: 147 });
      expect(await db.get('SELECT COUNT(*) AS n FROM event_items e LEFT JOIN events v ON v.id = e.event_id WHERE v.id IS NULL')).toEqual({ n: 0 });
      expect(await db.get('SELECT COUNT(*) AS n FROM events v WHERE NOT EXISTS (SELECT 1 FROM event_items e WHERE e.event_id = v.id)')).toEqual({ n: 0 });
      // The per-document item counts are those of a single ingest (whichever path stored each one).
      const perDoc = await db.all<{ items: number }>('SELECT (SELECT COUNT(*) FROM items i WHERE i.document_id = d.id) AS items FROM documents d');
      expect(perDoc.map((r) => r.items).sort((x, y) => x - y)).toEqual([5, 5, 11, 38, 88]);
    } finally {
      await db.close();
    }
  }, 240_000);
});
