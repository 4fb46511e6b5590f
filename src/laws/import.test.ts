import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachBackend } from '../../test/helpers/backends.ts';
import { InputError } from '../errors.ts';
import type { Sql } from '../store/sql.ts';
import { INDEX, LAWS } from './__fixtures__/laws.ts';
import { importLaws } from './import.ts';
import { findLaw, listLaws } from './query.ts';

const TODAY = '2026-11-23';

/** Everything the import stores, as one comparable value. */
async function snapshot(db: Sql): Promise<string> {
  return JSON.stringify([
    await db.all('SELECT * FROM laws ORDER BY id'),
    await db.all('SELECT * FROM law_versions ORDER BY id'),
    await db.all('SELECT * FROM law_articles ORDER BY version_id, seq'),
  ]);
}

/** A copy of the law folder to break or change; `entries` limits index.json to some files. */
function copyFolder(files?: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regwatch-laws-'));
  const index = INDEX.filter((e) => !files || files.includes(e.file));
  for (const e of index) fs.copyFileSync(path.join(LAWS, e.file), path.join(dir, e.file));
  fs.writeFileSync(path.join(dir, 'index.json'), JSON.stringify(index, null, 2));
  return dir;
}

describeEachBackend('laws import', (open) => {
  async function importError(dir: string): Promise<string> {
    const db = await open();
    try {
      await importLaws(db, dir);
    } catch (err) {
      expect(err).toBeInstanceOf(InputError);
      expect(await snapshot(db)).toBe('[[],[],[]]');
      return (err as Error).message;
    }
    throw new Error('import did not fail');
  }

  describe('laws import of shared/laws', () => {
    let db: Sql;
    let first: Awaited<ReturnType<typeof importLaws>>;
    beforeAll(async () => {
      db = await open();
      first = await importLaws(db, LAWS);
    });

    it('stores all 18 texts with the article counts of index.json', async () => {
      expect(first.warnings).toEqual([]);
      expect(first.added).toHaveLength(18);
      const counts = await db.all<{ id: string; n: number }>('SELECT version_id AS id, COUNT(*) AS n FROM law_articles GROUP BY version_id');
      const byId = Object.fromEntries(counts.map((c) => [c.id, c.n]));
      for (const e of INDEX) expect(byId[e.file.replace(/\.md$/, '')], e.file).toBe(e.articles);
      expect(first.articles).toBe(INDEX.reduce((n, e) => n + e.articles, 0));
    });

    it('stores the catalogue beside the texts', async () => {
      const laws = await listLaws(db, TODAY);
      const rule = laws.find((l) => l.title === '数据出境安全评估办法');
      expect(rule?.versions).toMatchObject([{ hasText: false, inForceFrom: '2022-09-01', inForceUntil: null, state: 'in force' }]);
      const csl = await findLaw(db, '网安法', TODAY);
      expect(csl.versions.map((v) => [v.id, v.hasText, v.inForceFrom, v.inForceUntil, v.state, v.outdated])).toEqual([
        ['cybersecurity-law-2016', true, '2017-06-01', '2025-12-31', 'superseded', true],
        ['cybersecurity-law-2025', false, '2026-01-01', null, 'in force', false],
      ]);
      expect(csl.aliases).toEqual(expect.arrayContaining(['网安法', 'CSL', 'Cybersecurity Law']));
      const psa = await findLaw(db, '治安管理处罚法', TODAY);
      expect(psa.versions.map((v) => [v.id, v.inForceUntil])).toEqual([
        ['public-security-administration-punishments-law-2012', '2025-12-31'],
        ['public-security-administration-punishments-law-2025', null],
      ]);
      expect((await findLaw(db, '等保条例', TODAY)).versions[0]?.state).toBe('draft');
    });

    it('changes nothing when the same folder is imported again', async () => {
      const before = await snapshot(db);
      const again = await importLaws(db, LAWS);
      expect(again.unchanged).toHaveLength(18);
      expect(again.added.concat(again.updated)).toEqual([]);
      expect(await snapshot(db)).toBe(before);
    });
  });

  describe('laws import of a changed folder', () => {
    it('replaces the articles of a changed file only, and warns about its hash', async () => {
      const dir = copyFolder(['data-security-law-2021.md', 'cybersecurity-law-2016.md']);
      const db = await open();
      await importLaws(db, dir);
      const csl = await db.all("SELECT * FROM law_articles WHERE version_id = 'cybersecurity-law-2016' ORDER BY seq");
      const file = path.join(dir, 'data-security-law-2021.md');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('第五十五条 本法自2021年9月1日起施行。', '第五十五条 本法自2021年9月1日起施行。\n\n第五十六条 测试条文。'));
      const r = await importLaws(db, dir);
      expect(r.updated).toEqual(['data-security-law-2021']);
      expect(r.unchanged).toEqual(['cybersecurity-law-2016']);
      expect(r.warnings.join('\n')).toMatch(/data-security-law-2021\.md: sha256 .* differs from index\.json/);
      expect(r.warnings.join('\n')).toMatch(/56 articles parsed, index\.json says 55/);
      const n = (await db.get<{ n: number }>("SELECT COUNT(*) AS n FROM law_articles WHERE version_id = 'data-security-law-2021'"))!;
      expect(n.n).toBe(56);
      expect(await db.all("SELECT * FROM law_articles WHERE version_id = 'cybersecurity-law-2016' ORDER BY seq")).toEqual(csl);
    });

    it('accepts an index without the optional fields', async () => {
      const dir = copyFolder(['data-security-law-2021.md']);
      const [entry] = JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8')) as Record<string, unknown>[];
      for (const k of ['articles', 'article_max', 'sha256', 'outdated', 'notes', 'source_repo', 'source_path', 'source_commit']) delete entry![k];
      fs.writeFileSync(path.join(dir, 'index.json'), JSON.stringify([entry]));
      const db = await open();
      expect(await importLaws(db, dir)).toMatchObject({ added: ['data-security-law-2021'], warnings: [] });
    });
  });

  describe('laws import errors name the file and store nothing', () => {
    it('a missing folder or index.json', async () => {
      expect(await importError('/nonexistent/laws')).toBe('/nonexistent/laws: no such folder');
      const dir = copyFolder(['data-security-law-2021.md']);
      fs.rmSync(path.join(dir, 'index.json'));
      expect(await importError(dir)).toMatch(/index\.json: no such file/);
    });

    it('index.json that is not JSON', async () => {
      const dir = copyFolder(['data-security-law-2021.md']);
      fs.writeFileSync(path.join(dir, 'index.json'), '[{"file": "data-security-law-2021.md",');
      expect(await importError(dir)).toMatch(/index\.json: not valid JSON/);
    });

    it('an index entry with a bad field', async () => {
      const dir = copyFolder(['data-security-law-2021.md', 'cybersecurity-law-2016.md']);
      const index = JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8')) as Record<string, unknown>[];
      index[1]!.promulgated = '2016年11月7日';
      index[0]!.file = '../elsewhere.md';
      fs.writeFileSync(path.join(dir, 'index.json'), JSON.stringify(index));
      const message = await importError(dir);
      expect(message).toMatch(/entry 2 \(data-security-law-2021\.md\): promulgated: expected a date YYYY-MM-DD/);
      expect(message).toMatch(/entry 1 \(\.\.\/elsewhere\.md\): file: expected a file name/);
    });

    it('a listed file that is missing, and a file without articles', async () => {
      const dir = copyFolder(['data-security-law-2021.md', 'cybersecurity-law-2016.md']);
      fs.rmSync(path.join(dir, 'cybersecurity-law-2016.md'));
      fs.writeFileSync(path.join(dir, 'data-security-law-2021.md'), '# 中华人民共和国数据安全法\n\n<!-- INFO END -->\n\n（条文缺失）\n');
      const message = await importError(dir);
      expect(message).toMatch(/cybersecurity-law-2016\.md: no such file \(listed in index\.json\)/);
      expect(message).toMatch(/data-security-law-2021\.md: no articles/);
    });
  });
});
