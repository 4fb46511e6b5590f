import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachBackend } from '../../test/helpers/backends.ts';
import { SEEDS } from '../../test/helpers/seeds.ts';
import type { Sql } from '../store/sql.ts';
import { listDocuments } from '../store/documents.ts';
import { countItems, listItems } from '../store/items.ts';
import { readDocumentFile } from './read.ts';
import { ingestPaths, storeDocument } from './service.ts';

const LIMIT = 5 * 1024 * 1024;

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'regwatch-ingest-'));
}

/** Everything stored, as one comparable value. */
async function snapshot(db: Sql): Promise<string> {
  const docs = await db.all('SELECT id, sha256, superseded_by FROM documents ORDER BY id');
  const items = await db.all('SELECT id, document_id, seq, title, date, category FROM items ORDER BY id');
  const values = await db.get('SELECT COUNT(*) AS n FROM item_values');
  return JSON.stringify({ docs, items, values });
}

describeEachBackend('ingest', (open, backend) => {
  describe('ingest of the seeds', () => {
    let db: Sql;
    beforeAll(async () => {
      db = await open();
    });

    it('stores each newsletter once with the items the segmenter finds', async () => {
      const results = await ingestPaths(db, [SEEDS], { maxFileBytes: LIMIT });
      expect(results.map((r) => r.status)).toEqual(['added', 'added', 'added', 'added', 'added']);
      expect(results.map((r) => r.items)).toEqual([38, 5, 5, 88, 11]);
      expect(await countItems(db)).toBe(147);
    });

    it('adds nothing on a second run', async () => {
      const before = await snapshot(db);
      const results = await ingestPaths(db, [SEEDS], { maxFileBytes: LIMIT });
      expect(results.every((r) => r.status === 'unchanged' && r.added === 0)).toBe(true);
      expect(await snapshot(db)).toBe(before);
    });

    it('links each 江苏 sub-case to its release and dates items from the document', async () => {
      const items = await listItems(db, { limit: 1000 });
      const parent = items.find((i) => i.title === '江苏公安机关公布多起不履行数据安全保护义务行政执法案例')!;
      expect(parent.date).toBe('2023-09-06');
      expect(items.filter((i) => i.parentId === parent.id)).toHaveLength(5);
      const undated = items.find((i) => i.body.startsWith('11 月 1 日，国家广播电视总局办公厅'))!;
      expect(undated.date).toBe('2019-11-01');
    });
  });

  describe('bad input', () => {
    it('reports each bad file on its own line, ingests the good ones and leaves stored data alone', async () => {
      const db = await open();
      await ingestPaths(db, [path.join(SEEDS, '001_c49dfeb6387ae687.txt')], { maxFileBytes: LIMIT });
      const before = await snapshot(db);

      const dir = tempDir();
      fs.writeFileSync(path.join(dir, 'a-empty.txt'), '');
      fs.writeFileSync(path.join(dir, 'b-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2]));
      fs.writeFileSync(path.join(dir, 'c-huge.txt'), '数据安全'.repeat(200_000));
      fs.writeFileSync(path.join(dir, 'd-scan.pdf'), '%PDF-1.7');
      fs.copyFileSync(path.join(SEEDS, '002_33632fad27e009d8.txt'), path.join(dir, 'e-good.txt'));
      const missing = path.join(dir, 'nowhere.txt');

      const results = await ingestPaths(db, [dir, missing], { maxFileBytes: 1024 * 1024 });
      const byName = Object.fromEntries(results.map((r) => [path.basename(r.file), r]));
      expect(byName['a-empty.txt']!.error).toMatch(/a-empty\.txt: the file is empty/);
      expect(byName['b-binary.txt']!.error).toMatch(/b-binary\.txt: the file is binary/);
      expect(byName['c-huge.txt']!.error).toMatch(/c-huge\.txt: file is 2\.3 MB, over the 1\.0 MB limit/);
      expect(byName['d-scan.pdf']!.error).toMatch(/d-scan\.pdf: not a readable PDF/);
      expect(byName['nowhere.txt']!.error).toMatch(/nowhere\.txt: no such file/);
      expect(byName['e-good.txt']!.status).toBe('added');
      expect(results.filter((r) => r.status === 'failed')).toHaveLength(5);

      const after = JSON.parse(await snapshot(db)) as { docs: unknown[] };
      const old = JSON.parse(before) as { docs: unknown[] };
      expect(after.docs.slice(0, old.docs.length)).toEqual(old.docs);
    });

    it('rolls back a document whose write fails half-way', async () => {
      const db = await open();
      await ingestPaths(db, [path.join(SEEDS, '001_c49dfeb6387ae687.txt')], { maxFileBytes: LIMIT });
      const before = await snapshot(db);
      // A failure after some items of the document were written: nothing of it may remain.
      await db.exec(
        backend === 'sqlite'
          ? `CREATE TEMP TRIGGER fail_mid AFTER INSERT ON items WHEN NEW.seq = 3 BEGIN SELECT RAISE(ABORT, 'disk full'); END`
          : `CREATE FUNCTION fail_mid() RETURNS trigger LANGUAGE plpgsql AS $$
               BEGIN IF NEW.seq = 3 THEN RAISE EXCEPTION 'disk full'; END IF; RETURN NEW; END $$;
             CREATE TRIGGER fail_mid AFTER INSERT ON items FOR EACH ROW EXECUTE FUNCTION fail_mid();`,
      );
      const doc = await readDocumentFile(path.join(SEEDS, '004_4ef515dd10a6a40a.txt'), LIMIT);
      await expect(storeDocument(db, doc, 'x', new Date())).rejects.toThrow(/disk full/);
      expect(await snapshot(db)).toBe(before);
    });
  });

  describe('versions', () => {
    it('stores a changed file as a new version and lists only the current items', async () => {
      const db = await open();
      const file = path.join(tempDir(), 'weekly.txt');
      const text = fs.readFileSync(path.join(SEEDS, '001_c49dfeb6387ae687.txt'), 'utf8');
      fs.writeFileSync(file, text);
      await ingestPaths(db, [file], { maxFileBytes: LIMIT });
      fs.writeFileSync(file, text.replace('2020年4月15日，公安部发布新闻称', '2020年4月16日，公安部发布新闻称'));
      const [r] = await ingestPaths(db, [file], { maxFileBytes: LIMIT });
      expect(r!.status).toBe('updated');
      expect((await listDocuments(db)).map((d) => d.version)).toEqual([1, 2]);
      expect(await countItems(db)).toBe(5);
      expect((await listItems(db)).some((i) => i.date === '2020-04-16')).toBe(true);
      expect((await listItems(db)).some((i) => i.date === '2020-04-15')).toBe(false);
    });
  });
});
