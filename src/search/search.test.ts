import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachBackend } from '../../test/helpers/backends.ts';
import { readSeed, SEED } from '../../test/helpers/seeds.ts';
import type { ItemRecord } from '../extract/record.ts';
import { segmentText } from '../segment/segment.ts';
import type { Sql } from '../store/sql.ts';
import { insertDocument } from '../store/documents.ts';
import { insertItems } from '../store/items.ts';
import { normalizeText } from '../text/normalize.ts';
import { parseQuery } from './query.ts';
import { searchItems } from './search.ts';
import { indexTokens, termQuery } from './tokens.ts';

// Items made from the seeds by segmentation alone, so that search is tested without extraction.
function recordsOf(text: string): ItemRecord[] {
  return segmentText(text).map((segment) => ({
    segment,
    headline: segment.title ?? '',
    body: segment.body.map((s) => text.slice(s.start, s.end)).join('\n'),
    bodyEn: segment.bodyEn.length ? segment.bodyEn.map((s) => text.slice(s.start, s.end)).join('\n') : null,
    date: null,
    category: 'industry',
    region: null,
    status: null,
    deadline: null,
    values: [],
  }));
}

describeEachBackend('full-text search', (open) => {
  let db: Sql;
  let corpus: { id: number; text: string }[];

  beforeAll(async () => {
    db = await open();
    for (const name of Object.values(SEED)) {
      const text = normalizeText(readSeed(name));
      const id = await insertDocument(
        db,
        { source: name, sha256: name, format: 'txt', encoding: 'UTF-8', bytes: text.length, title: null, issueDate: null, header: {}, text },
        new Date(0),
      );
      await insertItems(db, id!, recordsOf(text));
    }
    corpus = (
      await db.all<{ id: number; text: string }>(
        "SELECT id, coalesce(title,'') || '\n' || coalesce(title_en,'') || '\n' || body || '\n' || coalesce(body_en,'') AS text FROM items",
      )
    ).map((r) => ({ id: r.id, text: r.text.normalize('NFKC').toLowerCase() }));
  });

  /** Chinese substrings of every length from 1 to 6 taken at a fixed stride through the corpus. */
  function sampleTerms(): string[] {
    const terms = new Set<string>();
    const all = corpus.map((c) => c.text).join('\n');
    const runs = all.match(/[\u4E00-\u9FFF]{6,}/g) ?? [];
    runs.forEach((run, i) => {
      if (i % 7 !== 0) return;
      const len = 1 + (i % 6);
      terms.add(run.slice(i % 3, i % 3 + len));
    });
    return [...terms];
  }

  describe('full-text search', () => {
    it('finds exactly the items whose text contains the term, for terms of 1 to 6 characters', async () => {
      const terms = sampleTerms();
      expect(terms.length).toBeGreaterThan(150);
      for (const term of terms) {
        const expected = corpus.filter((c) => c.text.includes(term)).map((c) => c.id).sort((a, b) => a - b);
        const got = (await searchItems(db, `"${term}"`, { limit: 10_000 })).map((h) => h.item.id).sort((a, b) => a - b);
        expect({ term, ids: got }).toEqual({ term, ids: expected });
      }
    });

    it.each(['知网', '网信', '人民法院', '数据出境安全评估', 'EDPB', 'Cyberspace Administration', '5000万元'])(
      'answers %s exactly',
      async (term) => {
        const t = term.toLowerCase();
        const expected = corpus.filter((c) => c.text.includes(t)).map((c) => c.id).sort((a, b) => a - b);
        const got = (await searchItems(db, `"${term}"`, { limit: 10_000 })).map((h) => h.item.id).sort((a, b) => a - b);
        expect(expected.length).toBeGreaterThan(0);
        expect(got).toEqual(expected);
      },
    );

    it('requires every word and drops excluded ones', async () => {
      const both = await searchItems(db, '数据安全法 罚款', { limit: 1000 });
      expect(both.length).toBeGreaterThan(0);
      for (const h of both) expect(h.item.body).toMatch(/数据安全法[\s\S]*|罚款/);
      const without = await searchItems(db, '数据安全法 -罚款', { limit: 1000 });
      for (const h of without) expect(h.item.body.includes('罚款')).toBe(false);
    });

    it('highlights the matched term in the snippet', async () => {
      const [hit] = await searchItems(db, '知网', { limit: 1 });
      expect(hit).toBeDefined();
      const h = hit!.highlights[0]!;
      expect(hit!.snippet.slice(h.start, h.end)).toBe('知网');
    });

    it('explains a malformed query instead of failing', async () => {
      await expect(searchItems(db, 'colour:red')).rejects.toThrow(/unknown field "colour:"/);
      await expect(searchItems(db, 'after:yesterday')).rejects.toThrow(/needs a date/);
      await expect(searchItems(db, 'after:2023-13-01')).rejects.toThrow(/needs a date/);
      await expect(searchItems(db, 'before:2023-09-45')).rejects.toThrow(/needs a date/);
      await expect(searchItems(db, '"unbalanced')).rejects.toThrow(/unbalanced quote/);
      await expect(searchItems(db, 'law:数据\u0000安全法')).rejects.toThrow(/control character/);
    });
  });
});

describeEachBackend('an item with a very long word', (open) => {
  it('is stored and found, though PostgreSQL keeps no lexeme over 2046 bytes', async () => {
    const db = await open();
    const blob = 'QUJD'.repeat(1000);
    const text = `数据出境的规定\n附件 ${blob} 结束`;
    const id = await insertDocument(
      db,
      { source: 'blob', sha256: 'blob', format: 'txt', encoding: 'UTF-8', bytes: text.length, title: null, issueDate: null, header: {}, text },
      new Date(0),
    );
    await insertItems(db, id!, recordsOf(text));
    expect(await searchItems(db, '附件')).toHaveLength(1);
    expect(await searchItems(db, blob)).toHaveLength(1);
    expect(await searchItems(db, blob.slice(4))).toHaveLength(0);
  });
});

describe('date filters', () => {
  it('take a day or a month; a month in before: includes that month', () => {
    expect(parseQuery('after:2023-09 before:2023-12-31')).toMatchObject({ after: '2023-09', before: '2023-12-31' });
    const { before } = parseQuery('before:2023-09');
    expect('2023-09-30' <= before!).toBe(true);
    expect('2023-10-01' <= before!).toBe(false);
  });
});

describe('index tokens', () => {
  it('indexes Chinese as bigrams and Latin words whole', async () => {
    expect(indexTokens('知网 CNKI 罚款5000万元')).toBe('知网 zzbreak cnki zzbreak 罚款 5000 万元');
  });

  it('turns a term into a bigram phrase, or null for a single character', async () => {
    expect(termQuery('人民法院')).toBe('"人民 民法 法院"');
    expect(termQuery('网')).toBeNull();
  });
});

