import { describe, expect, it } from 'vitest';
import { asWritten, hasTraditional, toSimplified } from './script.ts';

describe('hasTraditional', () => {
  it.each([
    ['2023年9月1日，國家互聯網信息辦公室依據《網絡安全法》第五十九條', true],
    ['個人資料私隱專員公署今日發表調查報告', true],
    ['金管會對該銀行核處新臺幣600萬元罰鍰', true],
    ['数位发展部', false],
    // 著 is also simplified (显著): text like this must not be converted, or 显著 would become 显着.
    ['专项行动取得显著成效', false],
    ['The PCPD published its investigation report.', false],
  ])('%s', (text, expected) => {
    expect(hasTraditional(text)).toBe(expected);
  });
});

describe('toSimplified', () => {
  it.each([
    [
      '2023年9月1日，國家互聯網信息辦公室依據《網絡安全法》第五十九條，對某公司處以罰款人民幣五萬元。',
      '2023年9月1日，国家互联网信息办公室依据《网络安全法》第五十九条，对某公司处以罚款人民币五万元。',
    ],
    // Taiwan spelling: 臺 and 裡; 資料 and 數位 are words, not characters to translate.
    ['個人資料保護委員會籌備處表示，數位發展部將於臺北說明', '个人资料保护委员会筹备处表示，数位发展部将于台北说明'],
    // Hong Kong variants go through the standard form.
    ['香港衞生署綫上系統', '香港卫生署线上系统'],
  ])('%s', (text, expected) => {
    expect(toSimplified(text)).toBe(expected);
  });

  it('returns simplified text as it is', () => {
    const text = '专项行动取得显著成效，依据《个人信息保护法》处罚款五万元。';
    expect(toSimplified(text)).toBe(text);
  });

  it('keeps the length where a table entry would change it', () => {
    // OpenCC writes 二噁英 as 二𫫇英 (a character outside the BMP, two UTF-16 units).
    const text = '檢測機構發現二噁英超標。\n國家網信辦通報。';
    const out = toSimplified(text);
    expect(out).toHaveLength(text.length);
    expect(out).toBe('检测机构发现二恶英超标。\n国家网信办通报。');
  });

  it('keeps offsets where one character gains a UTF-16 unit and another loses one', () => {
    // 𡻕 → 岁 loses a unit, 噁 → 𫫇 gains one: the length alone is unchanged.
    const text = '今𡻕檢測機構發現二噁英超標';
    const out = toSimplified(text);
    expect(out).toHaveLength(text.length);
    expect(out.indexOf('机构')).toBe(text.indexOf('機構'));
  });
});

describe('asWritten', () => {
  const original = '對該公司依據《中華人民共和國網絡安全法》第五十九條，由國家互聯網 信息辦公室處以罰款。';
  const simplified = toSimplified(original);

  it('cuts the value out of the original at the same offsets', () => {
    const start = simplified.indexOf('网络安全法');
    expect(asWritten('网络安全法', original, simplified, start - 8, start + 12)).toBe('網絡安全法');
  });

  it('skips the white space a compacted name leaves out', () => {
    expect(asWritten('国家互联网信息办公室', original, simplified)).toBe('國家互聯網信息辦公室');
  });

  it('returns a value the text does not hold unchanged', () => {
    expect(asWritten('中央网信办', original, simplified)).toBe('中央网信办');
  });
});
