import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SEEDS } from '../../../test/helpers/seeds.ts';
import { ingestPaths } from '../../ingest/service.ts';
import { LAWS } from '../../laws/__fixtures__/laws.ts';
import { importLaws } from '../../laws/import.ts';
import { openStore } from '../../store/open.ts';
import type { Sql } from '../../store/sql.ts';

// A database like a user's after `laws import ../shared/laws` and `ingest ../shared/seeds`, plus
// one hostile document: markup and script URLs in a title and body must show as text.

export const XSS_DOC = `# 测试周报 2023年第9期

## 一、执法动态

### 某市网信办处罚<script>alert("xss-title")</script>公司

2023年9月5日，某市网信办依据《网络安全法》第六十四条，对某科技公司处以罚款十万元。公司页面含有<script>alert("xss-body")</script>代码、<img src=x onerror="alert('xss-img')">图片和[恶意链接](javascript:alert('xss-link'))，以及裸露的 javascript:alert('xss-bare') 文本。
`;

export interface WebDb {
  db: Sql;
  /** The item made from XSS_DOC. */
  xssItemId: number;
}

export async function webDb(open: () => Promise<Sql> = () => openStore(':memory:')): Promise<WebDb> {
  const db = await open();
  await importLaws(db, LAWS);
  await ingestPaths(db, [SEEDS], { maxFileBytes: 10e6 });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regwatch-xss-'));
  fs.writeFileSync(path.join(dir, 'xss-notice.md'), XSS_DOC);
  await ingestPaths(db, [dir], { maxFileBytes: 10e6 });
  fs.rmSync(dir, { recursive: true, force: true });
  const row = await db.get<{ id: number }>("SELECT id FROM items WHERE title LIKE '%xss-title%'");
  if (!row) throw new Error('the XSS document produced no item titled with its <script> text');
  return { db, xssItemId: row.id };
}
