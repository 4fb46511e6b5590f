import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../text/normalize.ts';
import { joinLine, layoutPages, type PageRuns, type TextRun } from './pdf-layout.ts';

// Chinese PDFs cannot be generated here (no CJK font), so the layout is tested on text runs shaped
// like pdf.js output: one run per line or line piece, y from the bottom of an A4 page.

const W = 595;
const H = 842;
/** A run of CJK text at 10.5 pt, each character one em wide. */
const run = (str: string, x: number, y: number, size = 10.5): TextRun => ({ str, x, y, width: str.length * size, size });
const page = (runs: TextRun[]): PageRuns => ({ width: W, height: H, runs });

describe('PDF layout on Chinese text runs', () => {
  const LINE = 42; // characters per full line: 42 × 10.5 = 441 pt, from x = 60 to 501

  it('joins the lines of a paragraph without spaces, also across a page break, and drops headers, footers and page numbers', () => {
    const p1 = page([
      run('网络安全和数据合规月刊', 60, 800, 9),
      run('第一部分 国内立法动态', 60, 740, 14),
      run('11月1日，国家⽹信办发布《⽹络数据安全管理条例（征求意见稿）》，对数据处理者的'.padEnd(LINE, '的'), 60, 710),
      run('义务作出规定，并明确了重要数据的识别规则和出境要求，该稿向社会公开征求意见', 60, 694),
      run('第 1 页', 280, 30, 9),
    ]);
    const p2 = page([
      run('网络安全和数据合规月刊', 60, 800, 9),
      run('至12月1日。', 60, 760),
      run('11月6日，工信部通报了一批侵害用户权益的应用程序。', 60, 730),
      run('- 2 -', 285, 30, 9),
    ]);
    const text = normalizeText(layoutPages([p1, p2]));
    const lines = text.trim().split('\n\n');
    expect(lines[0]).toBe('## 第一部分 国内立法动态');
    expect(lines[1]).toMatch(/^11月1日，国家网信办发布《网络数据安全管理条例（征求意见稿）》，对数据处理者的.*义务作出规定，.*征求意见至12月1日。$/);
    expect(lines[2]).toBe('11月6日，工信部通报了一批侵害用户权益的应用程序。');
    expect(lines).toHaveLength(3);
    expect(text).not.toMatch(/月刊|第 1 页|- 2 -|⽹/);
  });

  it('starts a new paragraph after a short line and at a date-led line, even without a gap', () => {
    const text = layoutPages([
      page([
        run('工信部通报侵害用户权益行为的APP', 60, 700),
        run('11月1日，工信部发布通报，指出多款应用程序存在违规收集个人信息的问题，要求限'.padEnd(LINE, '期'), 60, 684),
        run('期整改。', 60, 668),
        run('11月2日，网信办发布通知。', 60, 652),
      ]),
    ]);
    expect(text.trim().split('\n\n').map((p) => p.slice(0, 6))).toEqual(['工信部通报侵', '11月1日，', '11月2日，']);
  });

  it('reads a two-column page column by column, under a full-width headline', () => {
    const col = (s: string, x: number, y: number) => run(s.padEnd(20, '。'), x, y);
    const text = layoutPages([
      page([
        run('本期要闻：数据出境新规正式施行及配套指南发布', 60, 760, 16),
        col('左栏第一行内容，数据合规要求', 60, 720),
        col('右栏第一行内容，数据合规要求', 320, 720),
        col('左栏第二行内容，数据合规要求', 60, 704),
        col('右栏第二行内容，数据合规要求', 320, 704),
        col('左栏第三行内容，数据合规要求', 60, 688),
        col('右栏第三行内容，数据合规要求', 320, 688),
      ]),
    ]);
    const order = [...text.matchAll(/([左右])栏第(.)行/g)].map((m) => `${m[1]}${m[2]}`);
    expect(text.startsWith('## 本期要闻')).toBe(true);
    expect(order).toEqual(['左一', '左二', '左三', '右一', '右二', '右三']);
  });
});

describe('joinLine', () => {
  it.each([
    ['regula-', 'tion of data', 'regulation of data'],
    ['the Data Security', 'Law applies', 'the Data Security Law applies'],
    ['high-', 'Risk', 'high- Risk'],
    ['重要数据被', '窃取', '重要数据被窃取'],
    ['依据《数据安全法》第', '45条', '依据《数据安全法》第45条'],
    ['fined under the', '《数据安全法》', 'fined under the《数据安全法》'],
  ])('%s + %s', (a, b, joined) => {
    expect(joinLine(a, b)).toBe(joined);
  });
});
