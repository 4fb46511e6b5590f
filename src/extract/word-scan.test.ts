import { describe, expect, it } from 'vitest';
import { TermScanner, WordScanner, type Term } from './word-scan.ts';

// The scanners stand in for regex alternations; each test compares them with the regex they replace.

function regexHits(source: string, flags: string, text: string): [number, string][] {
  return [...text.matchAll(new RegExp(source, flags))].map((m) => [m.index, m[0]]);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const TEXTS = [
  '江苏省南京市和江苏南京的网信办，内蒙古呼和浩特。',
  '数据出境安全评估与数据出境，数据跨境流动，数据跨境。',
  'The AI Act and the ai act; GDPR, gdpr; APP3.7万款; GB/T32914; MyAPP; app-store; Apps',
  'US and us; USA; U.S.; the Price discrimination rules (price DISCRIMINATION).',
  '😀数据😀AI😀',
  '',
];

describe('WordScanner', () => {
  it('finds what the alternation of its words finds, the first listed word winning', () => {
    const lists = [
      ['江苏', '江苏省', '南京', '南京市', '呼和浩特', '内蒙古'],
      ['数据出境', '数据出境安全评估', '数据跨境流动', '数据跨境', '数据'],
      ['ab', 'abc', 'b', 'bc'],
    ];
    for (const words of lists) {
      const scanner = new WordScanner(words);
      for (const text of [...TEXTS, 'abcbcab']) {
        expect(scanner.matchAll(text).map((h) => [h.index, h.text])).toEqual(regexHits(words.map(escape).join('|'), 'gu', text));
      }
    }
  });

  it('rejects words it cannot stand in for', () => {
    expect(() => new WordScanner([''])).toThrow();
    expect(() => new WordScanner(['😀'])).toThrow();
  });
});

describe('TermScanner', () => {
  // Two lists scanned at once, as keywords.ts scans topics: Chinese words as written, Latin words
  // with edges, in either case unless they are acronyms.
  const lists: { zh: string[]; en: string[] }[] = [
    { zh: ['人工智能', '算法'], en: ['AI', 'AI Act', 'price discrimination', 'app'] },
    { zh: ['数据', '数据出境'], en: ['GDPR', 'US', 'GB/T', 'apps'] },
  ];
  const latin = (w: string) => {
    const body = escape(w);
    const cased = /^[A-Z0-9/]+$/.test(w) ? body : body.replace(/[A-Za-z]/g, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`);
    return `(?<![A-Za-z0-9])${cased}(?![A-Za-z])`;
  };
  const terms: Term[] = lists.flatMap((l, list) => [
    ...l.zh.map((word) => ({ list, word })),
    ...l.en.map((word) => ({ list, word, ignoreCase: !/^[A-Z0-9/]+$/.test(word), latinEdges: true })),
  ]);
  const scanner = new TermScanner(terms);

  it.each(TEXTS)('finds per list what its regex finds: %s', (text) => {
    const hits = scanner.scan(text);
    lists.forEach((l, list) => {
      const source = [...l.zh.map(escape), ...l.en.map(latin)].join('|');
      expect(hits[list]!.map((h) => [h.index, h.text])).toEqual(regexHits(source, 'gu', text));
    });
  });
});
