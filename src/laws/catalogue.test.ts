import { describe, expect, it } from 'vitest';
import raw from './catalogue.json' with { type: 'json' };
import { INDEX } from './__fixtures__/laws.ts';
import { loadCatalogue } from './catalogue.ts';
import { nameKey } from './names.ts';
import { catalogueSchema } from './schema.ts';

const catalogue = loadCatalogue();
const byTitle = new Map(catalogue.laws.map((l) => [l.title, l]));

describe('catalogue.json', () => {
  it('is valid', () => {
    const r = catalogueSchema.safeParse(raw);
    expect(r.success ? [] : r.error.issues).toEqual([]);
  });

  it.each([
    ['数据出境安全评估办法', '2022-07-07', '2022-09-01'],
    ['网络安全审查办法', '2021-12-28', '2022-02-15'],
    ['个人信息出境标准合同办法', '2023-02-22', '2023-06-01'],
    ['促进和规范数据跨境流动规定', '2024-03-22', '2024-03-22'],
    ['互联网信息服务深度合成管理规定', '2022-11-25', '2023-01-10'],
    ['生成式人工智能服务管理暂行办法', '2023-07-10', '2023-08-15'],
    ['移动互联网应用程序信息服务管理规定', '2022-06-14', '2022-08-01'],
    ['儿童个人信息网络保护规定', '2019-08-22', '2019-10-01'],
    ['个人信息保护合规审计管理办法', '2025-02-12', '2025-05-01'],
    ['中华人民共和国网络安全法', '2025-10-28', '2026-01-01'],
    ['中华人民共和国治安管理处罚法', '2025-06-27', '2026-01-01'],
  ])('knows %s: promulgated %s, in force %s', (title, promulgated, effective) => {
    const law = byTitle.get(title);
    expect(law?.versions.some((v) => v.status === 'enacted' && v.promulgated === promulgated && v.effective === effective)).toBe(true);
    expect(law?.aliases.some((a) => /[A-Za-z]/.test(a))).toBe(true);
  });

  it('knows 数据出境安全评估办法 as CAC order No. 11', () => {
    expect(byTitle.get('数据出境安全评估办法')?.versions[0]?.document).toBe('国家互联网信息办公室令第11号');
  });

  it('records 网络安全等级保护条例 as a draft that was never in force', () => {
    const law = byTitle.get('网络安全等级保护条例');
    expect(law?.versions).toHaveLength(1);
    expect(law?.versions[0]).toMatchObject({ status: 'draft', promulgated: '2018-06-27', effective: null });
  });

  it('ends the 2016 网络安全法 on 2025-12-31', () => {
    const v = byTitle.get('中华人民共和国网络安全法')?.versions.find((x) => x.id === 'cybersecurity-law-2016');
    expect(v).toMatchObject({ effective: '2017-06-01', inForceUntil: '2025-12-31' });
  });

  it('has unique ids and version ids, and says why wherever something is unverified', () => {
    const ids = catalogue.laws.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    const versions = catalogue.laws.flatMap((l) => l.versions.map((v) => v.id));
    expect(new Set(versions).size).toBe(versions.length);
    for (const law of catalogue.laws) {
      if (!law.verified) expect(law.notes, law.id).not.toBe('');
      for (const v of law.versions) if (!v.verified) expect(v.notes, v.id).toMatch(/not checked/);
    }
  });

  it('gives no name to two laws, with the law folder index included', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    const indexLaws = INDEX.map((e) => ({ id: e.title, title: e.title, aliases: e.aliases }));
    const catalogueLaws = catalogue.laws.map((l) => ({ id: l.title, title: l.title, aliases: l.aliases }));
    for (const law of [...indexLaws, ...catalogueLaws]) {
      for (const key of new Set([law.title, ...law.aliases].map(nameKey))) {
        const other = owner.get(key);
        if (other !== undefined && other !== law.id) clashes.push(`${key}: ${other} / ${law.id}`);
        owner.set(key, law.id);
      }
    }
    expect(clashes).toEqual([]);
  });
});
