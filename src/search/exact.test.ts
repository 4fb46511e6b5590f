import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHARED } from '../../test/helpers/seeds.ts';
import type { ItemRecord } from '../extract/record.ts';
import { parseLaw } from '../laws/parse.ts';
import { openDb, type Db } from '../store/db.ts';
import { insertDocument } from '../store/documents.ts';
import { insertItems } from '../store/items.ts';
import { searchItems } from './search.ts';

// Exactness on a few thousand real texts: every article of the 18 law texts in shared/laws becomes
// an item, and search must return exactly the items a plain substring scan finds, for terms of
// every length, including two-character words hidden inside longer words (网信 in 国家网信部门).
const LAWS = path.join(SHARED, 'laws');

let db: Db;
let corpus: { id: number; text: string }[];

beforeAll(() => {
  db = openDb(':memory:');
  for (const file of fs.readdirSync(LAWS).filter((f) => f.endsWith('.md'))) {
    const law = parseLaw(fs.readFileSync(path.join(LAWS, file), 'utf8'));
    const records: ItemRecord[] = law.articles.map((a, seq) => {
      const body = a.paragraphs.join('\n');
      return {
        segment: {
          seq, parentSeq: null, title: `${law.title}${a.label}`, titleSpan: null, titleEn: null, titleEnSpan: null,
          span: { start: 0, end: 0 }, body: [], bodyEn: [], sectionPath: [], source: null, masked: [], commentary: null,
        },
        headline: a.label, body, bodyEn: null, date: null, category: 'legislation', region: null, status: null, deadline: null, values: [],
      };
    });
    const id = insertDocument(
      db,
      { source: file, sha256: file, format: 'md', encoding: 'UTF-8', bytes: 0, title: law.title, issueDate: null, header: {}, text: '' },
      new Date(0),
    );
    insertItems(db, id, records);
  }
  corpus = (db.prepare("SELECT id, coalesce(title,'') || '\n' || body AS text FROM items").all() as { id: number; text: string }[]).map((r) => ({
    id: r.id,
    text: r.text.normalize('NFKC').toLowerCase(),
  }));
});

function check(term: string): void {
  const t = term.normalize('NFKC').toLowerCase();
  const expected = corpus.filter((c) => c.text.includes(t)).map((c) => c.id).sort((a, b) => a - b);
  const got = searchItems(db, `"${term}"`, { limit: 100_000 }).map((h) => h.item.id).sort((a, b) => a - b);
  expect({ term, count: got.length, ids: got }).toEqual({ term, count: expected.length, ids: expected });
}

describe('search is exact on the law texts', () => {
  it('indexes a few thousand articles', () => {
    expect(corpus.length).toBeGreaterThan(1500);
  });

  it.each(['网信', '人民法院', '个人信息', '数据出境', '罚款', '警告', '网络运营者', '关键信息基础设施', '未成年人'])('finds %s', (term) => {
    check(term);
  });

  it('finds sampled substrings of 2 to 5 characters', () => {
    const all = corpus.map((c) => c.text).join('\n');
    const runs = all.match(/[\u4E00-\u9FFF]{5,}/g) ?? [];
    let n = 0;
    for (let i = 0; i < runs.length && n < 120; i += 97, n++) {
      const run = runs[i]!;
      const len = 2 + (n % 4);
      check(run.slice(n % 2, (n % 2) + len));
    }
    expect(n).toBe(120);
  });
});
