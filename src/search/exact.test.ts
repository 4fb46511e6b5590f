import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { describeEachBackend } from '../../test/helpers/backends.ts';
import { SHARED } from '../../test/helpers/seeds.ts';
import type { ItemRecord } from '../extract/record.ts';
import { parseLaw } from '../laws/parse.ts';
import { insertDocument } from '../store/documents.ts';
import { insertItems } from '../store/items.ts';
import type { Sql } from '../store/sql.ts';
import { searchItems } from './search.ts';

// Exactness on a few thousand real texts: every article of the 18 law texts in shared/laws becomes
// an item, and search must return exactly the items a plain substring scan finds, for terms of
// every length, including two-character words hidden inside longer words (网信 in 国家网信部门).
const LAWS = path.join(SHARED, 'laws');

// The same on PostgreSQL proves the tsvector index exact there too (src/search/fts.ts).
describeEachBackend('search is exact on the law texts', (open, backend) => {
  let db: Sql;
  let corpus: { id: number; text: string }[];

  beforeAll(async () => {
    db = await open();
    for (const file of fs.readdirSync(LAWS).filter((f) => f.endsWith('.md'))) {
      const law = parseLaw(fs.readFileSync(path.join(LAWS, file), 'utf8'));
      const records = law.articles.map((a, seq) => record(seq, `${law.title}${a.label}`, a.label, a.paragraphs.join('\n')));
      const id = await insertDocument(
        db,
        { source: file, sha256: file, format: 'md', encoding: 'UTF-8', bytes: 0, title: law.title, issueDate: null, header: {}, text: '' },
        new Date(0),
      );
      await insertItems(db, id!, records);
    }
    corpus = (await db.all<{ id: number; text: string }>("SELECT id, coalesce(title,'') || '\n' || body AS text FROM items")).map((r) => ({
      id: r.id,
      text: r.text.normalize('NFKC').toLowerCase(),
    }));
  });

  async function check(term: string): Promise<void> {
    const t = term.normalize('NFKC').toLowerCase();
    const expected = corpus.filter((c) => c.text.includes(t)).map((c) => c.id).sort((a, b) => a - b);
    const got = (await searchItems(db, `"${term}"`, { limit: 100_000 })).map((h) => h.item.id).sort((a, b) => a - b);
    expect({ term, count: got.length, ids: got }).toEqual({ term, count: expected.length, ids: expected });
  }

  it('indexes a few thousand articles', () => {
    expect(corpus.length).toBeGreaterThan(1500);
  });

  it.each(['网信', '人民法院', '个人信息', '数据出境', '罚款', '警告', '网络运营者', '关键信息基础设施', '未成年人'])('finds %s', async (term) => {
    await check(term);
  });

  it('finds sampled substrings of 2 to 5 characters', async () => {
    const all = corpus.map((c) => c.text).join('\n');
    const runs = all.match(/[\u4E00-\u9FFF]{5,}/g) ?? [];
    let n = 0;
    for (let i = 0; i < runs.length && n < 120; i += 97, n++) {
      const run = runs[i]!;
      const len = 2 + (n % 4);
      await check(run.slice(n % 2, (n % 2) + len));
    }
    expect(n).toBe(120);
  });

  it('stays exact in an item longer than a tsvector keeps positions for', async () => {
    // 数据 occurs 400 times before the phrase, past the 256 positions PostgreSQL keeps per lexeme.
    const body = `${'数据安全'.repeat(400)}。个人信息保护。最后一句提到数据出境罚款。`;
    const id = await insertDocument(
      db,
      { source: 'long', sha256: 'long', format: 'txt', encoding: 'UTF-8', bytes: 0, title: null, issueDate: null, header: {}, text: body },
      new Date(0),
    );
    const [itemId] = await insertItems(db, id!, [record(0, null, '长文', body)]);
    if (backend === 'postgres') expect(await db.get('SELECT truncated FROM items_fts WHERE item_id = ?', [itemId!])).toEqual({ truncated: 1 });
    const ids = async (q: string) => (await searchItems(db, q, { limit: 100_000 })).map((h) => h.item.id);
    expect(await ids('"数据出境罚款"')).toEqual([itemId]);
    expect(await ids('"出境数据罚款"')).toEqual([]);
    expect(await ids('"安全数据"')).toEqual([itemId]);
    expect(await ids('"数据安全个人"')).toEqual([]);
    expect(await ids('"个人信息保护" -"数据出境罚款"')).not.toContain(itemId);
  });
});

function record(seq: number, title: string | null, headline: string, body: string): ItemRecord {
  return {
    segment: {
      seq, parentSeq: null, title, titleSpan: null, titleEn: null, titleEnSpan: null,
      span: { start: 0, end: 0 }, body: [], bodyEn: [], sectionPath: [], source: null, masked: [], commentary: null,
    },
    headline, body, bodyEn: null, date: null, category: 'legislation', region: null, status: null, deadline: null, values: [],
  };
}
