import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize.ts';
import { displayWidth, wrapWidth } from './width.ts';

// A bilingual weekly printed to PDF and extracted as text: every line broken at 76 columns.
const wrapped = [
  'MIIT Notifies the Public of the Proportion of Problems on Mainstream App',
  'Platforms',
  '',
  'On April 23, 2021, MIIT issued a statement, stating that during the first',
  'quarter of 2021, the proportion of problematic apps on the mainstream app',
  'stores, including Tencent MyApp, Xiaomi App Store, OPPO Software Store,',
  'Huawei AppGallery and vivo App Store, was lower than in the previous quarter.',
  '',
  '2021年4月23日，工信部发布新闻称，在2021年第一季度检测中，腾讯应用宝、小',
  '米应用商店、OPPO软件商店、华为应用市场和vivo应用商店等主流应用平台的问题',
  '数量占比均较上一季度有所下降。工信部表示，将持续开展App侵害用户权益专项',
  '整治行动，督促应用商店落实主体责任，并对问题突出的企业依法予以处置。',
  '',
  'TC260 Solicits Comments on Three Recommended National Standards Including',
  'Security Requirements for Face Recognition Data',
  '',
  'On April 23, 2021, TC260 issued a notice soliciting public comments on the',
  'draft Information Security Technology - Security Requirements for Face',
  'Recognition Data and two other recommended national standards until June 22.',
];

describe('wrapWidth', () => {
  it('measures columns: Han and full-width characters take two', () => {
    expect(displayWidth('App个人信息（2021）')).toBe(3 + 4 * 2 + 2 * 2 + 4);
  });

  it('finds the width a text was hard-wrapped at', () => {
    const width = wrapWidth(wrapped);
    expect(width).not.toBeNull();
    expect(width!).toBeGreaterThanOrEqual(74);
    expect(width!).toBeLessThanOrEqual(78);
  });

  it('finds none in text with a paragraph a line', () => {
    const joined = normalizeText(wrapped.join('\n')).split('\n');
    expect(wrapWidth(joined)).toBeNull();
  });

  it('joins an English headline wrapped over two lines in such a text', () => {
    const lines = normalizeText(wrapped.join('\n')).split('\n');
    expect(lines).toContain('MIIT Notifies the Public of the Proportion of Problems on Mainstream App Platforms');
    expect(lines).toContain('TC260 Solicits Comments on Three Recommended National Standards Including Security Requirements for Face Recognition Data');
    expect(lines.filter((l) => l.startsWith('On April 23, 2021'))).toHaveLength(2);
  });

  // An enforcement digest with no blank lines and a table of fines wider than its text.
  it('reads the width past a table wider than the text, and joins a sentence wrapped before a capital', () => {
    const row = '22/05/2023  | Irish DPC      | Ireland     | Meta Platforms Ireland Ltd    | 1.200.000.000  | Art. 46(1) GDPR';
    const lines = [
      'On 17/12/2024 the Irish DPC announced final decisions imposing fines totalling',
      'EUR 251 million on Meta Platforms Ireland Limited (MPIL) concerning the data',
      ...wrapped.filter((l) => l !== ''),
      ...Array.from({ length: 6 }, () => row),
    ];
    expect(wrapWidth(lines)).not.toBeNull();
    expect(normalizeText(lines.join('\n'))).toContain('imposing fines totalling EUR 251 million');
  });
});
