import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachBackend } from '../../test/helpers/backends.ts';
import { readSeed, SEED } from '../../test/helpers/seeds.ts';
import { ingestPaths } from '../ingest/service.ts';
import type { Sql } from '../store/sql.ts';
import { addUser } from '../web/auth/accounts.ts';
import type { User } from '../web/env.ts';
import { search } from '../search/search.ts';
import { applyOverridesToList, fieldValues } from './apply.ts';
import { correctedItem, correctItem } from './correct.ts';
import type { EditForm } from './fields.ts';

// A copy of a seed newsletter in a temp folder stands for a file that a publisher later corrects:
// each test writes a changed version to the same path and ingests it again.
const ORIGINAL = readSeed(SEED.report2023);
const CNKI = '国家互联网信息办公室对知网依法作出网络安全审查相关行政处罚';

describeEachBackend('item corrections', (open) => {
  let dir: string;
  let file: string;
  let db: Sql;
  let sql: Sql;
  let editor: User;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regwatch-overrides-'));
    file = path.join(dir, 'newsletter.txt');
    fs.writeFileSync(file, ORIGINAL);
    db = await open();
    sql = db;
    await ingestPaths(db, [file], { maxFileBytes: 10 * 1024 * 1024 });
    const row = await addUser(sql, 'editor1', 'editor', 'correct horse battery');
    editor = { id: row.id, name: row.name, role: row.role };
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function ingestVersion(text: string): Promise<string> {
    fs.writeFileSync(file, text);
    const [r] = await ingestPaths(db, [file], { maxFileBytes: 10 * 1024 * 1024 });
    return r!.status;
  }

  /** The current item whose headline contains `needle`. */
  async function currentItem(needle: string): Promise<number | undefined> {
    const row = await sql.get<{ id: number }>(
      `SELECT i.id FROM items i JOIN documents d ON d.id = i.document_id
       WHERE d.superseded_by IS NULL AND i.headline LIKE ? ORDER BY i.seq LIMIT 1`,
      [`%${needle}%`],
    );
    return row?.id;
  }

  async function formFor(id: number, changes: Partial<EditForm>): Promise<EditForm> {
    const { item } = (await correctedItem(sql, id))!;
    return { ...fieldValues(item), note: null, ...changes } as EditForm;
  }

  describe('corrections of an item', () => {
    let firstId: number;
    let extractedCategory: string;

    it('are stored with who, when and the previous value, and shown as corrected', async () => {
      firstId = (await currentItem(CNKI))!;
      const before = (await correctedItem(sql, firstId))!.item;
      extractedCategory = before.category;
      expect(before.corrections).toEqual({});
      const form = await formFor(firstId, {
        category: 'judicial',
        region: '北京市海淀区',
        tags: ['CNKI', '个人信息'],
        commentary: '<script>alert(1)</script>罚款金额创新高',
        penalties: ['50000000 CNY'],
        note: 'checked against the CAC notice',
      });
      const changed = await correctItem(sql, editor, firstId, form, new Date('2026-11-23T10:00:00Z'));
      expect(changed).toEqual(expect.arrayContaining(['category', 'region', 'commentary', 'tags']));
      const { item, overrides } = (await correctedItem(sql, firstId))!;
      expect(item.category).toBe('judicial');
      expect(item.region).toBe('北京市海淀区');
      expect(item.tags).toEqual(['CNKI', '个人信息']);
      expect(item.commentary).toBe('<script>alert(1)</script>罚款金额创新高');
      expect(item.values.filter((v) => v.field === 'penalty').map((v) => [v.value, v.data.amount])).toEqual([['50000000 CNY', 50000000]]);
      expect(item.corrections.category).toEqual({ by: 'editor1', at: '2026-11-23T10:00:00.000Z', previous: extractedCategory, note: 'checked against the CAC notice' });
      expect(item.corrections.title).toBeUndefined();
      expect(overrides.map((o) => o.field)).toEqual(changed);
    });

    it('store nothing when the form comes back unchanged', async () => {
      expect(await correctItem(sql, editor, firstId, await formFor(firstId, {}))).toEqual([]);
    });

    it('keep their history: a later correction supersedes, the earlier row stays', async () => {
      await correctItem(sql, editor, firstId, await formFor(firstId, { category: 'enforcement' }), new Date('2026-11-23T11:00:00Z'));
      const { item, overrides } = (await correctedItem(sql, firstId))!;
      expect(item.category).toBe('enforcement');
      expect(item.corrections.category?.previous).toBe('judicial');
      expect(overrides.filter((o) => o.field === 'category').map((o) => o.value)).toEqual(['judicial', 'enforcement']);
    });

    it('survive a re-run of ingest on the same file', async () => {
      expect(await ingestVersion(ORIGINAL)).toBe('unchanged');
      expect(await currentItem(CNKI)).toBe(firstId);
      expect((await correctedItem(sql, firstId))!.item.tags).toEqual(['CNKI', '个人信息']);
    });

    it('re-attach to the same item in a new version where another item changed', async () => {
      const v2 = ORIGINAL.replace('并处 100 万元罚款', '并处 200 万元罚款');
      expect(v2).not.toBe(ORIGINAL);
      expect(await ingestVersion(v2)).toBe('updated');
      const id = (await currentItem(CNKI))!;
      expect(id).not.toBe(firstId);
      const { item } = (await correctedItem(sql, id))!;
      expect(item.category).toBe('enforcement');
      expect(item.tags).toEqual(['CNKI', '个人信息']);
      expect(item.corrections.region?.by).toBe('editor1');
      // Only that item: its neighbours carry no corrections.
      const neighbour = (await currentItem('腾讯QQ危害未成年人'))!;
      expect((await correctedItem(sql, neighbour))!.overrides).toEqual([]);
    });

    it('apply to a page of search hits, touching only the corrected item', async () => {
      const hits = (await search(db, '知网')).hits.map((h) => h.item);
      const listed = await applyOverridesToList(sql, hits);
      const cnki = listed.find((i) => i.headline === CNKI)!;
      expect(cnki).toMatchObject({ category: 'enforcement', region: '北京市海淀区', tags: ['CNKI', '个人信息'] });
      const others = listed.filter((i) => i !== cnki);
      expect(others.length).toBeGreaterThan(0);
      for (const o of others) expect(o.corrections).toEqual({});
      expect(others.map((o) => o.region)).toEqual(hits.filter((h) => h.headline !== CNKI).map((h) => h.region));
    });

    it('re-attach when the item body itself was reworded (same headline)', async () => {
      const v3 = ORIGINAL.replace('9月1日，国家互联网信息办公室发布公告，对知网', '9月2日，国家互联网信息办公室发布公告，对知网');
      expect(await ingestVersion(v3)).toBe('updated');
      const { item } = (await correctedItem(sql, (await currentItem(CNKI))!))!;
      expect(item.tags).toEqual(['CNKI', '个人信息']);
    });

    it('re-attach by position when headline and body were both rewritten', async () => {
      const v4 = ORIGINAL.replace(`## 5. ${CNKI}`, '## 5. 网信办对某学术数据库运营者作出行政处罚').replace(
        /9月1日，国家互联网信息办公室发布公告，对知网[^\n]*\n/,
        '9月1日，网信办通报对某学术数据库的处罚决定。\n',
      );
      expect(await ingestVersion(v4)).toBe('updated');
      const id = (await currentItem('某学术数据库运营者'))!;
      const { item } = (await correctedItem(sql, id))!;
      expect(item.tags).toEqual(['CNKI', '个人信息']);
    });

    it('do not slide onto the neighbour when the item is deleted', async () => {
      const v5 = ORIGINAL.replace(/## 5\. 国家互联网信息办公室对知网[\s\S]*?(?=## 6\.)/, '');
      expect(await currentItem(CNKI)).toBeUndefined(); // v4 is current
      expect(await ingestVersion(v5)).toBe('updated');
      expect(await currentItem(CNKI)).toBeUndefined();
      const ids = await sql.all<{ id: number }>(
        'SELECT i.id FROM items i JOIN documents d ON d.id = i.document_id WHERE d.superseded_by IS NULL',
      );
      for (const { id } of ids) expect((await correctedItem(sql, id))!.overrides, `item ${id}`).toEqual([]);
    });
  });
});
