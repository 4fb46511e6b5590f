import { describe, expect, it } from 'vitest';
import { INDEX, readLaw } from './__fixtures__/laws.ts';
import { LawParseError, parseLaw, type ParsedLaw } from './parse.ts';

const parsed = new Map<string, ParsedLaw>(INDEX.map((e) => [e.file, parseLaw(readLaw(e.file))]));
function law(file: string): ParsedLaw {
  const p = parsed.get(file);
  if (!p) throw new Error(`${file} not in index.json`);
  return p;
}
function article(file: string, number: number, suffix: number | null = null) {
  return law(file).articles.find((a) => a.number === number && a.suffix === suffix);
}

describe('parseLaw on the 18 law texts', () => {
  it.each(INDEX.map((e) => [e.file, e]))('%s: title and article count match index.json', (_file, e) => {
    const p = law(e.file);
    expect(p.title).toBe(e.title);
    expect(p.articles).toHaveLength(e.articles);
    const plain = p.articles.filter((a) => a.suffix === null).map((a) => a.number);
    expect(Math.max(...plain)).toBe(e.article_max);
    // Plain articles run 1..N in order, without gaps or repeats.
    expect(plain).toEqual(Array.from({ length: e.article_max }, (_, k) => k + 1));
    expect(p.articles.every((a) => a.paragraphs.length > 0 && a.paragraphs.every((x) => x !== '' && !x.includes('\u200B')))).toBe(true);
  });

  it('counts 款 and keeps 项 with the 款 before them', () => {
    expect(article('data-security-law-2021.md', 45)?.paragraphs).toHaveLength(2);
    expect(article('data-security-law-2021.md', 45)?.paragraphs[1]).toMatch(/^违反国家核心数据管理制度/);
    expect(article('cybersecurity-law-2016.md', 59)?.paragraphs).toHaveLength(2);
    expect(article('cybersecurity-law-2016.md', 59)?.paragraphs[0]).toMatch(/一万元以上十万元以下罚款/);
    expect(article('personal-information-protection-law-2021.md', 66)?.paragraphs).toHaveLength(2);
    // 个人信息保护法 第十三条: one 款 with seven 项, then a second 款.
    const p13 = article('personal-information-protection-law-2021.md', 13)?.paragraphs ?? [];
    expect(p13).toHaveLength(2);
    expect(p13[0]?.split('\n')).toHaveLength(8);
    expect(p13[0]?.split('\n')[1]).toBe('（一）取得个人的同意；');
  });

  it('gives the first 款 without its label and keeps the label as written', () => {
    const a = article('cybersecurity-law-2016.md', 1);
    expect(a?.label).toBe('第一条');
    expect(a?.paragraphs[0]).toMatch(/^为了保障网络安全/);
    expect(article('criminal-law-2023.md', 452)?.label).toBe('第四百五十二条');
  });

  it('reads Criminal Law 之一 articles and skips its footnote and appendices', () => {
    const a = article('criminal-law-2023.md', 253, 1);
    expect(a?.label).toBe('第二百五十三条之一');
    expect(a?.paragraphs).toHaveLength(4);
    expect(a?.chapter).toEqual(['第二编 分则', '第四章 侵犯公民人身权利、民主权利罪']);
    expect(article('criminal-law-2023.md', 287, 2)?.label).toBe('第二百八十七条之二');
    const last = law('criminal-law-2023.md').articles.at(-1);
    expect(last?.label).toBe('第四百五十二条');
    expect(last?.paragraphs).toHaveLength(3);
    expect(last?.paragraphs.join('\n')).not.toMatch(/①|附件一的全国人民代表大会常务委员会制定的下列|1．/);
    expect(law('criminal-law-2023.md').history.at(-1)).toEqual({
      date: '2023-12-29',
      event: '第十四届全国人民代表大会常务委员会第七次会议通过的《中华人民共和国刑法修正案（十二）》',
    });
  });

  it('stops the 电信条例 at 附： and reads its ASCII (一) items as 项', () => {
    const p = law('telecommunications-regulations-2016.md');
    expect(p.articles).toHaveLength(80);
    expect(p.articles.at(-1)?.paragraphs).toEqual(['本条例自公布之日起施行。']);
    const text = p.articles.flatMap((a) => a.paragraphs).join('\n');
    expect(text).not.toMatch(/电信业务分类目录\n|固定网络国内长途及本地电话业务/);
    const items = p.articles.flatMap((a) => a.paragraphs).filter((x) => x.includes('\n('));
    expect(items.length).toBeGreaterThan(0);
  });

  it('reads chapters from headings with full-width spaces and from the bare titles after U+200B lines', () => {
    expect(article('critical-information-infrastructure-security-protection-regulations-2021.md', 1)?.chapter).toEqual(['第一章 总则']);
    const minors = law('minors-online-protection-regulations-2023.md');
    expect([...new Set(minors.articles.map((a) => a.chapter.join('/')))]).toEqual([
      '第一章 总 则', '网络素养促进', '网络信息内容规范', '个人信息网络保护', '网络沉迷防治', '法律责任', '附 则',
    ]);
    expect(law('minors-protection-law-2024.md').articles[0]?.chapter).toEqual(['第一章 总 则']);
  });

  it('reads the history lines, with or without full-width spaces and stray brackets', () => {
    expect(law('cybersecurity-law-2016.md').history).toEqual([{ date: '2016-11-07', event: '第十二届全国人民代表大会常务委员会第二十四次会议通过' }]);
    const minors = law('minors-protection-law-2024.md').history;
    expect(minors.map((h) => h.date)).toEqual(['1991-09-04', '2006-12-29', '2012-10-26', '2020-10-17', '2024-04-26']);
    expect(minors.at(-1)?.event).toMatch(/第二次修正$/);
    expect(law('network-data-security-management-regulations-2024.md').history).toEqual([]);
  });
});

describe('parseLaw on malformed input', () => {
  it('refuses a file without a title line or without articles', () => {
    expect(() => parseLaw('第一条 没有标题。')).toThrow(LawParseError);
    expect(() => parseLaw('# 某法\n\n<!-- INFO END -->\n\n## 第一章 总则\n\n本法没有条文。\n')).toThrow(/no articles/);
  });

  it('handles CRLF line ends and a byte-order mark', () => {
    const p = parseLaw('\uFEFF# 某条例\r\n\r\n2020年1月2日 通过\r\n\r\n<!-- INFO END -->\r\n\r\n第一条 甲。\r\n\r\n（一）乙；\r\n\r\n第二条 丙。\r\n');
    expect(p.title).toBe('某条例');
    expect(p.history).toEqual([{ date: '2020-01-02', event: '通过' }]);
    expect(p.articles.map((a) => a.paragraphs)).toEqual([['甲。\n（一）乙；'], ['丙。']]);
  });
});
