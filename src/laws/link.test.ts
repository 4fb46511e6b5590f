import { describe, expect, it } from 'vitest';
import { describeEachBackend } from '../../test/helpers/backends.ts';
import { SEED, seedPath } from '../../test/helpers/seeds.ts';
import { ingestPaths } from '../ingest/service.ts';
import type { Sql } from '../store/sql.ts';
import { LAWS } from './__fixtures__/laws.ts';
import { importLaws } from './import.ts';

const LIMIT = 5 * 1024 * 1024;

interface Row {
  field: string;
  value: string;
  data: Record<string, unknown>;
}

async function linkedValues(db: Sql): Promise<Row[]> {
  const rows = await db.all<{ field: string; value: string; data: string }>(
    "SELECT field, value, data FROM item_values WHERE field IN ('citation', 'instrument') ORDER BY id",
  );
  return rows.map((r) => ({ ...r, data: JSON.parse(r.data) as Record<string, unknown> }));
}

async function ingest(db: Sql, seed: string): Promise<void> {
  const [r] = await ingestPaths(db, [seedPath(seed)], { maxFileBytes: LIMIT });
  expect(r?.status).toBe('added');
}

describeEachBackend('law links', (open) => {
  describe('citations of an ingested newsletter are linked to the imported laws', () => {
    it('links the 数据安全法 第四十五条 citations of the 2023 report ingested after laws import', async () => {
      const db = await open();
      await importLaws(db, LAWS);
      await ingest(db, SEED.report2023);
      const values = await linkedValues(db);
      const dsl45 = values.filter((v) => v.field === 'citation' && v.data.law === '数据安全法' && v.data.article === 45);
      expect(dsl45.length).toBeGreaterThanOrEqual(2);
      for (const v of dsl45) {
        expect(v.data).toMatchObject({ lawId: 'cn.law.data-security', versionId: 'data-security-law-2021', linkStatus: 'linked', note: null });
      }
      expect(dsl45.some((v) => v.data.paragraph === 1)).toBe(true);
      // 网络安全法 cited in September 2023: the 2016 text, in force until 2025-12-31.
      const csl = values.filter((v) => v.field === 'citation' && v.data.law === '网络安全法');
      expect(csl.length).toBeGreaterThan(0);
      expect(csl.every((v) => v.data.versionId === 'cybersecurity-law-2016' && v.data.linkStatus === 'linked')).toBe(true);
      const instruments = values.filter((v) => v.field === 'instrument');
      expect(instruments.find((v) => v.data.title === '数据安全法')?.data.lawId).toBe('cn.law.data-security');
      expect(instruments.find((v) => v.data.title === '移动互联网应用程序信息服务管理规定')?.data.lawId).toBe('cn.notice.mobile-app-information-services');
      expect(instruments.find((v) => v.data.title === '英国网络和信息系统条例')?.data).not.toHaveProperty('lawId');
    });

    it('leaves values unlinked when no laws are imported', async () => {
      const db = await open();
      await ingest(db, SEED.report2023);
      const citations = (await linkedValues(db)).filter((v) => v.field === 'citation');
      expect(citations.length).toBeGreaterThan(0);
      expect(citations.every((v) => !('linkStatus' in v.data))).toBe(true);
    });

    it('gives the same links whichever command runs first', async () => {
      const lawsFirst = await open();
      await importLaws(lawsFirst, LAWS);
      await ingest(lawsFirst, SEED.report2023);
      await ingest(lawsFirst, SEED.weekly2021a);

      const itemsFirst = await open();
      await ingest(itemsFirst, SEED.report2023);
      await ingest(itemsFirst, SEED.weekly2021a);
      const report = await importLaws(itemsFirst, LAWS);
      expect(report.relinked).toBeGreaterThan(0);

      expect(await linkedValues(itemsFirst)).toEqual(await linkedValues(lawsFirst));
      // A second import finds nothing to re-link.
      expect((await importLaws(itemsFirst, LAWS)).relinked).toBe(0);
    });
  });
});
