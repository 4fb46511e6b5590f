import { beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/open.ts';
import { LAWS } from './__fixtures__/laws.ts';
import { importLaws } from './import.ts';
import { resolverFor } from './link.ts';
import type { Resolver } from './resolve.ts';

let resolver: Resolver;
beforeAll(async () => {
  const db = await openStore(':memory:');
  await importLaws(db, LAWS);
  const r = await resolverFor(db);
  if (!r) throw new Error('no laws imported');
  resolver = r;
});

describe('resolveLaw', () => {
  it.each([
    ['网络安全法', 'cn.law.cybersecurity'],
    ['《中华人民共和国网络安全法》', 'cn.law.cybersecurity'],
    ['网安法', 'cn.law.cybersecurity'],
    ['CSL', 'cn.law.cybersecurity'],
    ['Cybersecurity Law', 'cn.law.cybersecurity'],
    ['the PRC Cybersecurity Law', 'cn.law.cybersecurity'],
    ['网络安全法（2016）', 'cn.law.cybersecurity'],
    ['个保法', 'cn.law.personal-information-protection'],
    ['PIPL', 'cn.law.personal-information-protection'],
    ['个人信息保护法', 'cn.law.personal-information-protection'],
    ['DSL', 'cn.law.data-security'],
    ['Data Security Law', 'cn.law.data-security'],
    ['数安法', 'cn.law.data-security'],
    ['行政处罚法（2021修订）', 'cn.law.administrative-penalty'],
    ['刑法', 'cn.law.criminal'],
    ['电信条例', 'cn.regulation.telecommunications'],
    ['数据出境安全评估办法', 'cn.rule.outbound-data-transfer-security-assessment'],
    ['等保条例', 'cn.regulation.cybersecurity-multi-level-protection'],
    ['Generative AI Measures', 'cn.rule.generative-ai-services'],
    ['cn.law.data-security', 'cn.law.data-security'],
  ])('%s → %s', (name, id) => {
    expect(resolver.resolveLaw(name)).toBe(id);
  });

  it.each(['通用数据保护条例', 'GDPR', '2018年数据保护法', ''])('does not know %j', (name) => {
    expect(resolver.resolveLaw(name)).toBeNull();
  });
});

describe('resolveCitation', () => {
  it('links 网络安全法 第五十九条 in 2023 to the 2016 text', () => {
    const link = resolver.resolveCitation({ law: '网络安全法', article: 59, paragraph: null }, '2023-09-07');
    expect(link).toMatchObject({ lawId: 'cn.law.cybersecurity', versionId: 'cybersecurity-law-2016', status: 'linked', note: null });
    expect(link.article?.label).toBe('第五十九条');
    expect(link.article?.paragraphs).toHaveLength(2);
  });

  it('does not link a 2026 网络安全法 citation to the 2016 numbering', () => {
    const link = resolver.resolveCitation({ law: '网络安全法', article: 59, paragraph: null }, '2026-03-01');
    expect(link).toMatchObject({ lawId: 'cn.law.cybersecurity', versionId: 'cybersecurity-law-2025', status: 'version-without-text' });
    expect(link.note).toMatch(/cybersecurity-law-2025.*not in the corpus/);
    expect(link.article).toBeUndefined();
  });

  it('uses the 2016 text up to 2025-12-31, also for month-precision dates', () => {
    expect(resolver.resolveCitation({ law: 'CSL', article: 21, paragraph: null }, '2025-12-31').versionId).toBe('cybersecurity-law-2016');
    expect(resolver.resolveCitation({ law: 'CSL', article: 21, paragraph: null }, '2025-11').versionId).toBe('cybersecurity-law-2016');
    expect(resolver.resolveCitation({ law: 'CSL', article: 21, paragraph: null }, '2026-01-01').versionId).toBe('cybersecurity-law-2025');
  });

  it('treats 治安管理处罚法 from 2026 the same way', () => {
    const link = resolver.resolveCitation({ law: '治安管理处罚法', article: 29, paragraph: null }, '2026-02-01');
    expect(link).toMatchObject({ versionId: 'public-security-administration-punishments-law-2025', status: 'version-without-text' });
    expect(resolver.resolveCitation({ law: '治安管理处罚法', article: 29, paragraph: null }, '2020-02-01').status).toBe('linked');
  });

  it('links a 款 and checks that it exists', () => {
    const ok = resolver.resolveCitation({ law: '数据安全法', article: 45, paragraph: 2 }, '2023-09-06');
    expect(ok).toMatchObject({ versionId: 'data-security-law-2021', status: 'linked' });
    expect(ok.article?.paragraphs[1]).toMatch(/国家核心数据管理制度/);
    const bad = resolver.resolveCitation({ law: '数据安全法', article: 45, paragraph: 3 }, '2023-09-06');
    expect(bad.status).toBe('article-missing');
    expect(bad.note).toMatch(/2 款; 第3款 is cited/);
  });

  it('says when the article is beyond the version', () => {
    const link = resolver.resolveCitation({ law: '网络安全法', article: 81, paragraph: null }, '2024-05-01');
    expect(link).toMatchObject({ versionId: 'cybersecurity-law-2016', status: 'article-missing' });
    expect(link.note).toBe('第八十一条 is not in cybersecurity-law-2016 (79 articles)');
  });

  it('finds Criminal Law 之一 articles', () => {
    const link = resolver.resolveCitation({ law: '刑法', article: 253, paragraph: null, suffix: 1 }, '2024-06-01');
    expect(link.status).toBe('linked');
    expect(link.article?.label).toBe('第二百五十三条之一');
  });

  it('uses the latest text for an undated item, and says so', () => {
    const link = resolver.resolveCitation({ law: 'PIPL', article: 66, paragraph: null }, null);
    expect(link).toMatchObject({ versionId: 'personal-information-protection-law-2021', status: 'linked' });
    expect(link.note).toMatch(/no date/);
    const csl = resolver.resolveCitation({ law: 'CSL', article: 59, paragraph: null }, null);
    expect(csl.versionId).toBe('cybersecurity-law-2016');
  });

  it('links an adopted law before its in-force date, with a note', () => {
    const link = resolver.resolveCitation({ law: '数据安全法', article: 21, paragraph: null }, '2021-06-15');
    expect(link).toMatchObject({ versionId: 'data-security-law-2021', status: 'linked' });
    expect(link.note).toMatch(/not yet in force on 2021-06-15/);
  });

  it('reports instruments without text and drafts', () => {
    const rule = resolver.resolveCitation({ law: '数据出境安全评估办法', article: 4, paragraph: null }, '2023-01-01');
    expect(rule).toMatchObject({ lawId: 'cn.rule.outbound-data-transfer-security-assessment', status: 'version-without-text' });
    const draft = resolver.resolveCitation({ law: '网络安全等级保护条例', article: 2, paragraph: null }, '2023-01-01');
    expect(draft).toMatchObject({ versionId: null, status: 'version-without-text' });
    expect(draft.note).toMatch(/only as a draft \(2018-06-27\)/);
    const bill = resolver.resolveCitation({ law: '个人信息保护法（草案）', article: 13, paragraph: null }, '2020-11-01');
    expect(bill).toMatchObject({ lawId: 'cn.law.personal-information-protection', status: 'version-without-text' });
  });

  it('reports unknown laws', () => {
    expect(resolver.resolveCitation({ law: 'GDPR', article: 5, paragraph: 1 }, '2023-01-01')).toMatchObject({
      lawId: null,
      versionId: null,
      status: 'unknown-law',
    });
  });
});
