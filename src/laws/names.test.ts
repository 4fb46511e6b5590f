import { describe, expect, it } from 'vitest';
import { articleLabel, isDraftName, nameKey, parseArticleRef } from './names.ts';

describe('nameKey', () => {
  it.each([
    ['《中华人民共和国网络安全法》', '网络安全法'],
    ['网络安全法', '网络安全法'],
    ['中华人民共和国个人信息保护法（2021修正）', '个人信息保护法'],
    ['行政处罚法(2021年修订)', '行政处罚法'],
    ['《数据安全法》 ', '数据安全法'],
    ['治安管理处罚法（修订草案）', '治安管理处罚法'],
    ['网络安全等级保护条例（征求意见稿）', '网络安全等级保护条例'],
    ['贵州省数据要素登记管理办法（试行）', '贵州省数据要素登记管理办法(试行)'],
    ['App管理规定', 'app管理规定'],
    ['PIPL', 'pipl'],
    ['the PRC Cybersecurity Law', 'cybersecurity law'],
    ["Data Security Law of the People's Republic of China", 'data security law'],
    ['China’s  Personal Information Protection Law', 'personal information protection law'],
  ])('%s → %s', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });

  it('tells drafts from texts', () => {
    expect(isDraftName('个人信息保护法（草案）')).toBe(true);
    expect(isDraftName('规范和促进数据跨境流动规定（征求意见稿）')).toBe(true);
    expect(isDraftName('个人信息保护法')).toBe(false);
  });
});

describe('article references', () => {
  it.each([
    ['45', { number: 45, suffix: null }],
    ['第四十五条', { number: 45, suffix: null }],
    ['四十五', { number: 45, suffix: null }],
    ['253之一', { number: 253, suffix: 1 }],
    ['253-1', { number: 253, suffix: 1 }],
    ['第二百五十三条之一', { number: 253, suffix: 1 }],
    ['第 ４５ 条', { number: 45, suffix: null }],
  ])('%s', (input, ref) => {
    expect(parseArticleRef(input)).toEqual(ref);
  });

  it.each(['', '0', 'abc', '第条', '45款'])('refuses %j', (input) => {
    expect(parseArticleRef(input)).toBeNull();
  });

  it.each([
    [1, null, '第一条'],
    [10, null, '第十条'],
    [19, null, '第十九条'],
    [45, null, '第四十五条'],
    [100, null, '第一百条'],
    [105, null, '第一百零五条'],
    [110, null, '第一百一十条'],
    [119, null, '第一百一十九条'],
    [253, 1, '第二百五十三条之一'],
    [452, null, '第四百五十二条'],
  ] as const)('labels %i/%s as %s', (n, s, label) => {
    expect(articleLabel(n, s)).toBe(label);
  });
});
