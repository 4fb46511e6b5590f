import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize.ts';
import { isPageNumber, pageFurniture, withoutPageFurniture } from './page.ts';

describe('page furniture in extracted text', () => {
  it.each(['— 3 —', '- 12 -', '第 3 页', '第3页/共12页', '3/12', 'Page 3 of 12', '  - 1 -'])('%s is a page number', (line) => {
    expect(isPageNumber(line)).toBe(true);
  });

  it.each(['2023', '第3条', '1. 总则', '— 3 — 数据合规通讯'])('%s is not', (line) => {
    expect(isPageNumber(line)).toBe(false);
  });

  // A law firm's newsletter printed to PDF: its name over each page number, a paragraph cut by
  // each page break.
  const pages = [
    '2023年11月15日，上海市网信办会同市公安局网安总队对上海某数据服务有限公司开展现场检查，发现该公司未建立数据',
    '',
    '— 3 —',
    '数据合规通讯',
    '',
    '安全管理制度，依据《中华人民共和国数据安全法》第四十五条第一款，对该公司处罚款人民币五万元。',
    '2023年11月21日，上海市网信办、上海市文化和旅游局执法总队联合查处一起网络游戏企业违规向未成年',
    '',
    '— 4 —',
    '数据合规通讯',
    '',
    '人提供游戏服务案件，对该公司给予警告，并处罚款人民币二十万元。',
  ];

  it('finds the page numbers and the running head repeated beside them', () => {
    expect([...pageFurniture(pages)].sort((a, b) => a - b)).toEqual([2, 3, 8, 9]);
  });

  it('joins each paragraph the page breaks cut', () => {
    expect(normalizeText(pages.join('\n'))).toBe(
      `${pages[0]}${pages[5]}\n${pages[6]}${pages[11]}\n`,
    );
  });

  it('keeps a headline that follows one page break only', () => {
    const lines = ['本案明确了平台经营者对其收集的数据享有竞争性权益。', '', '- 1 -', '', '案例二', '刘某诉某物业公司个人信息保护纠纷案', '', '- 2 -', '', '▍裁判结果', '法院判决被告赔偿原告损失。'];
    expect([...pageFurniture(lines)].sort((a, b) => a - b)).toEqual([2, 7]);
  });

  it('rejoins an English sentence cut by a page break, and keeps paragraphs a break fell between', () => {
    const lines = [
      'The District Court of The Hague reduced to € 2.75 million the fine that the Autoriteit',
      'Persoonsgegevens (AP) had imposed on the Dutch Tax Administration for keeping an unlawful',
      'fraud blacklist. In its decision of 07/12/2021 the AP had fined the Tax',
      '',
      'Page 4 of 9',
      '',
      'Administration € 3.7 million for processing the data without a legal basis for years.',
      '',
      'Page 5 of 9',
      '',
      'AEPD fines bank for processing health data of customers',
    ];
    expect(withoutPageFurniture(lines)).toEqual([...lines.slice(0, 3), lines[6], '', '', lines[10]]);
    expect(normalizeText(lines.join('\n'))).toContain('the AP had fined the Tax Administration € 3.7 million');
  });
});
