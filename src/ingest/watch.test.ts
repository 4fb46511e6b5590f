import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../store/open.ts';
import type { Sql } from '../store/sql.ts';
import { listDocuments } from '../store/documents.ts';
import type { IngestResult } from './service.ts';
import { isTempFile, watchFolder, type WatchHandle } from './watch.ts';

const A = '# 周报\n\n2024年11月1日，国家网信办依据《网络安全法》第五十九条对某科技公司作出罚款50万元的行政处罚。\n';
const B1 = '# 月报\n\n2024年10月15日，工业和信息化部通报了侵害用户权益的APP。\n';
const B2 = '\n2024年10月20日，公安部公布了数据安全执法案例。\n';

/** Polls until the condition holds; fails after a bounded wait instead of sleeping a fixed time. */
async function until(cond: () => boolean, what: string, maxMs = 15_000): Promise<void> {
  const end = Date.now() + maxMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

let dir: string;
let db: Sql;
let handle: WatchHandle | undefined;
let results: IngestResult[];
let skipped: string[];
let ready: boolean;

function start(): WatchHandle {
  ready = false;
  handle = watchFolder(db, dir, {
    maxFileBytes: 1024 * 1024,
    stableMs: 400,
    onResult: (r) => results.push(r),
    onSkip: (f) => skipped.push(f),
    onReady: () => (ready = true),
  });
  return handle;
}

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regwatch-watch-'));
  db = await openStore(path.join(dir, '.db', 'test.db'));
  results = [];
  skipped = [];
});
afterEach(async () => {
  await handle?.close();
  handle = undefined;
  await db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('watchFolder', () => {
  it('ingests dropped files once each, waits for a file still being written, ignores temp files', async () => {
    start();
    await until(() => ready, 'the initial scan');
    fs.writeFileSync(path.join(dir, 'a.md'), A);
    fs.writeFileSync(path.join(dir, '.hidden.md'), A + '隐藏');
    fs.writeFileSync(path.join(dir, 'b.md.part'), B1);
    fs.writeFileSync(path.join(dir, 'notes.xlsx'), 'not a document');
    // Written in two chunks with a short pause: one document with both chunks, not two versions.
    const fd = fs.openSync(path.join(dir, 'b.md'), 'w');
    fs.writeSync(fd, B1);
    await new Promise((r) => setTimeout(r, 50));
    fs.writeSync(fd, B2);
    fs.closeSync(fd);

    await until(() => results.length >= 2, 'two files ingested');
    expect(results.map((r) => [path.basename(r.file), r.status]).sort()).toEqual([['a.md', 'added'], ['b.md', 'added']]);
    const docs = await listDocuments(db);
    expect(docs).toHaveLength(2);
    const b = docs.find((d) => d.source.endsWith('b.md'))!;
    expect((await db.get<{ text: string }>('SELECT text FROM documents WHERE id = ?', [b.id]))?.text).toContain('公安部公布了数据安全执法案例');

    // The same content under another name is recognised by its hash.
    fs.writeFileSync(path.join(dir, 'a-copy.md'), A);
    await until(() => results.length >= 3, 'the copy handled');
    expect(results[2]).toMatchObject({ status: 'unchanged', documentId: docs.find((d) => d.source.endsWith('a.md'))!.id });
    expect(await listDocuments(db)).toHaveLength(2);
    expect(results).toHaveLength(3);
  });

  it('does not read files again after a restart when their size and mtime are unchanged', async () => {
    fs.writeFileSync(path.join(dir, 'a.md'), A);
    const past = new Date(Date.now() - 60_000);
    fs.utimesSync(path.join(dir, 'a.md'), past, past);
    start();
    await until(() => results.length >= 1 && ready, 'the existing file ingested');
    expect(results.map((r) => r.status)).toEqual(['added']);
    await handle!.close();

    results = [];
    start();
    await until(() => ready, 'the second scan');
    expect(results).toEqual([]);
    expect(skipped.map((f) => path.basename(f))).toEqual(['a.md']);
  });

  it('treats editor, download and lock files as temporary', () => {
    for (const f of ['.a.md', '~$report.docx', 'x.pdf.crdownload', 'y.md.part', 'z.md~', 'w.tmp']) expect(isTempFile(f), f).toBe(true);
    for (const f of ['report.docx', 'weekly.eml', 'a.md']) expect(isTempFile(f), f).toBe(false);
  });
});
