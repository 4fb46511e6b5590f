import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actionsFileSchema, extractActions } from '../actions.ts';
import { categoryCuesSchema } from '../category.ts';
import { topicsFileSchema } from '../keywords.ts';
import actionsData from './actions.json' with { type: 'json' };
import cuesData from './category-cues.json' with { type: 'json' };
import topicsData from './topics.json' with { type: 'json' };

// Validation of the vocabularies behind actions.ts, category.ts and keywords.ts: they are edited by
// hand, and a typo in a pattern or a duplicated term fails silently at run time.

const HAN = /[\u4e00-\u9fff]/u;

function compiles(source: string, flags: string): boolean {
  try {
    new RegExp(source, flags);
    return true;
  } catch {
    return false;
  }
}

function lines(file: string): string[] {
  return readFileSync(new URL(file, import.meta.url), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

function duplicates(list: readonly string[]): string[] {
  return list.filter((x, i) => list.indexOf(x) !== i);
}

describe('actions.json', () => {
  const file = actionsFileSchema.parse(actionsData);

  it('has unique canonical values', () => {
    expect(duplicates(file.actions.map((a) => a.value))).toEqual([]);
  });

  it.each(file.actions.map((a) => [a.value, a] as const))('%s: patterns compile and never match empty text', (_v, a) => {
    expect(a.terms.length + a.patterns.length).toBeGreaterThan(0);
    for (const p of a.patterns) {
      expect(compiles(p, 'giu'), p).toBe(true);
      expect(new RegExp(p, 'iu').test(''), p).toBe(false);
    }
  });

  it.each(file.actions.flatMap((a) => a.terms.map((t) => [t, a.value] as const)))('term %s reads as %s', (term, value) => {
    expect(extractActions(term).map((f) => f.value)).toEqual([value]);
  });

  it('has valid notTaken cues', () => {
    for (const p of [...file.notTaken.clause, ...file.notTaken.previousClause]) expect(compiles(p, 'iu'), p).toBe(true);
  });
});

describe('category-cues.json', () => {
  const file = categoryCuesSchema.parse(cuesData);
  const groups = [
    ...Object.values(file.cues).flat(),
    ...file.foreign,
    ...file.mainland,
  ];

  it('has patterns that compile and never match empty text', () => {
    const sources = [
      ...groups.flatMap((g) => g.patterns),
      ...file.sections.flatMap((s) => s.patterns),
      ...file.mixedSections,
      ...file.domesticSections,
    ];
    for (const p of sources) {
      expect(compiles(p, 'giu'), p).toBe(true);
      expect(new RegExp(p, 'iu').test(''), p).toBe(false);
    }
  });

  it('gives every title head one kind', () => {
    expect(duplicates(Object.values(file.titleKinds).flat())).toEqual([]);
  });

  it('names only title kinds that the cues can see', () => {
    const kinds = Object.keys(file.titleKinds);
    const used = groups.flatMap((g) => g.patterns.flatMap((p) => [...p.matchAll(/《([A-Z]+)》/gu)].map((m) => m[1])));
    for (const k of used) expect(kinds).toContain(k);
  });
});

describe('topics.json', () => {
  const file = topicsFileSchema.parse(topicsData);

  it('holds the taxonomy', () => {
    expect(file.topics.map((t) => t.id)).toEqual([
      'personal-information', 'sensitive-pi-biometrics', 'data-security', 'cross-border-data', 'cii',
      'cybersecurity-review', 'mlps', 'cryptography', 'minors-online', 'algorithms-ai', 'deep-synthesis',
      'apps-sdk', 'platform-content', 'telecom-fraud', 'cybercrime', 'finance-credit', 'e-commerce-consumer',
      'standards', 'data-elements', 'metaverse', 'overseas-regimes',
    ]);
  });

  it.each(file.topics.map((t) => [t.id, t] as const))('%s: Chinese and Latin terms are in their lists, once', (_id, t) => {
    expect(t.zh.length + t.en.length).toBeGreaterThan(0);
    expect(t.zh.filter((w) => !HAN.test(w))).toEqual([]);
    expect(t.en.filter((w) => HAN.test(w))).toEqual([]);
    expect(duplicates([...t.zh, ...t.en])).toEqual([]);
    expect(HAN.test(t.label.zh)).toBe(true);
    for (const w of t.notIn ?? []) expect(t.zh.some((term) => w.includes(term))).toBe(true);
  });
});

describe('domain-dict.txt and stopwords.txt', () => {
  const dict = lines('domain-dict.txt');
  const terms = dict.map((l) => l.split(/\s+/u)[0]!);
  const stopwords = lines('stopwords.txt').map((w) => w.toLowerCase());

  it('has jieba `word frequency tag` lines of Chinese terms, each once', () => {
    for (const l of dict) expect(l, l).toMatch(/^\S*[\u4e00-\u9fff]\S* \d+ [a-z]+$/u);
    expect(duplicates(terms)).toEqual([]);
  });

  it('has every Chinese topic term in the dictionary', () => {
    const zh = topicsFileSchema.parse(topicsData).topics.flatMap((t) => t.zh);
    expect(zh.filter((w) => !terms.includes(w))).toEqual([]);
  });

  it('has stopwords once each, none of them a domain term', () => {
    expect(duplicates(stopwords)).toEqual([]);
    expect(terms.filter((t) => stopwords.includes(t.toLowerCase()))).toEqual([]);
  });
});
