import { describe, expect, it } from 'vitest';
import { firstCodeTable, foldString, prepareText, sourceSpan } from './match-text.ts';
import { PhraseTrie } from './phrase-trie.ts';

describe('prepareText', () => {
  it.each([
    ['stray spaces inside a Chinese name', '国家互联网 信息办公室发布', '国家互联网信息办公室发布'],
    ['a line break inside a Chinese name', '江苏省公安\n厅召开发布会', '江苏省公安厅召开发布会'],
    ['a paragraph break stays a separator', '监管局\n\n江苏省', '监管局 江苏省'],
    ['spaces between words of English', 'Cyberspace  Administration\nof China', 'Cyberspace Administration of China'],
    ['a space between Chinese and a number', '2023 年 9 月', '2023 年 9 月'],
  ])('%s', (_label, source, compact) => {
    expect(prepareText(source).compact).toBe(compact);
  });

  it('folds traditional script and full-width letters without changing lengths', () => {
    const t = prepareText('國家網信辦與ＣＡＣ’s');
    expect(t.folded).toBe("国家网信办与CAC's");
    expect(t.compact).toBe('國家網信辦與ＣＡＣ’s');
    expect(t.folded.length).toBe(t.compact.length);
  });

  it('maps prepared offsets back to the source', () => {
    const source = '近日，江 苏 省公安厅发布';
    const t = prepareText(source);
    const start = t.compact.indexOf('江苏省公安厅');
    const span = sourceSpan(t, start, start + '江苏省公安厅'.length);
    expect(source.slice(span.start, span.end)).toBe('江 苏 省公安厅');
  });

  it('folds a whole string', () => {
    expect(foldString('個人資料私隱專員公署')).toBe('个人资料私隐专员公署');
  });

  it('prepares a text longer than the buffers it keeps between calls, then a short one', () => {
    const unit = '國家互聯網 信息辦公室\n發布 ABC  def。';
    for (const source of [unit.repeat(100_000), unit]) {
      const t = prepareText(source);
      expect(t.folded.length).toBe(source.length / unit.length * 21);
      expect(t.offsets.length).toBe(t.folded.length + 1);
      const span = sourceSpan(t, t.folded.length - 21, t.folded.length);
      expect(source.slice(span.start, span.end)).toBe(unit);
    }
  });

  it('keeps a leading byte-order mark, so prepared offsets stay aligned', () => {
    const t = prepareText('\uFEFF國家網信辦');
    expect(t.compact).toBe('\uFEFF國家網信辦');
    expect(t.folded).toBe('\uFEFF国家网信办');
    expect(t.offsets.length).toBe(t.folded.length + 1);
    expect(foldString('\uFEFF網信辦')).toBe('\uFEFF网信办');
  });
});

describe('PhraseTrie', () => {
  const trie = new PhraseTrie<string>();
  trie.add('公安', 'kind');
  trie.add('公安部', 'body');
  trie.add('公安部门', 'generic');

  it('finds every phrase starting at a position, shortest first', () => {
    expect(trie.matchesAt('公安部门负责', 0).map((m) => [m.end, m.values])).toEqual([
      [2, ['kind']],
      [3, ['body']],
      [4, ['generic']],
    ]);
  });

  it('returns the longest accepted phrase', () => {
    expect(trie.longestAt('公安部门', 0)).toEqual({ end: 4, value: 'generic' });
    expect(trie.longestAt('公安部门', 0, (v) => v !== 'generic')).toEqual({ end: 3, value: 'body' });
    expect(trie.longestAt('警方', 0)).toBeNull();
  });
});

describe('CodeSet', () => {
  it('holds the first characters of its words, and nothing else', () => {
    const set = firstCodeTable(['公安机关', '网信办', 'EDPB', '']);
    const text = '宿迁公安机关会同网信办对EDPB';
    const held = [...text].filter((ch) => set.has(ch.charCodeAt(0)));
    expect(held).toEqual(['公', '网', 'E']);
    expect(set.has(text.charCodeAt(text.length))).toBe(false);
    expect(set.has(0xffff)).toBe(false);
    set.add(0xffff);
    expect(set.has(0xffff)).toBe(true);
  });
});
