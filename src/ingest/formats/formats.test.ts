import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../service.ts';
import { openStore } from '../../store/open.ts';
import { newsletterDocx } from './__fixtures__/docx.ts';
import { toHtml, toMarkdown } from './__fixtures__/newsletter.ts';
import { PDF_ITEMS, newsletterPdf } from './__fixtures__/pdf.ts';

// The same bilingual newsletter as markdown, HTML and DOCX must give the same items through the
// whole ingest path (read → normalise → segment → extract → store).

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regwatch-formats-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function ingestFile(name: string, bytes: Uint8Array | string) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  const db = await openStore(':memory:');
  const [r] = await ingestPaths(db, [file], { maxFileBytes: 5 * 1024 * 1024 });
  const items = await db.all<{ title: string; category: string; date: string }>('SELECT title, category, date FROM items ORDER BY seq');
  const doc = await db.get<{ format: string }>('SELECT format FROM documents');
  return { result: r!, items, format: doc?.format };
}

const TITLES = [
  '国家网信办发布《促进和规范数据跨境流动规定》',
  'CAC Releases the Provisions on Promoting and Regulating Cross-Border Data Flows',
  '上海市网信办对一家公司处以罚款',
  'Shanghai CAC Fines a Company for Data Security Violations',
  '欧盟议会通过《人工智能法》',
];

describe('one newsletter in every format', () => {
  it('finds the developments of the markdown version', async () => {
    const md = await ingestFile('weekly.md', toMarkdown());
    expect(md.result.status).toBe('added');
    expect(md.items.map((i) => i.title)).toEqual(TITLES);
  });

  it.each([
    ['HTML', 'weekly.html', () => toHtml(), 'html'],
    ['DOCX', 'weekly.docx', () => newsletterDocx(), 'docx'],
  ])('gives the same items, categories and dates from %s', async (_name, file, make, format) => {
    const md = await ingestFile('same.md', toMarkdown());
    const other = await ingestFile(file, await make());
    expect(other.result.error).toBeNull();
    expect(other.format).toBe(format);
    expect(other.items).toEqual(md.items);
  });

  it('reads the English PDF newsletter into one item per development, without its header and footer', async () => {
    const pdf = await ingestFile('weekly.pdf', await newsletterPdf());
    expect(pdf.format).toBe('pdf');
    expect(pdf.items.map((i) => i.title)).toEqual(PDF_ITEMS.map((i) => i.title));
    expect(pdf.items.map((i) => i.date)).toEqual(['2024-03-22', '2024-03-15', '2024-03-13']);
  });

  it('names the file when a PDF has no text layer or a DOCX is not a zip', async () => {
    const { scannedPdf } = await import('./__fixtures__/pdf.ts');
    const scan = await ingestFile('scan.pdf', await scannedPdf());
    expect(scan.result.status).toBe('failed');
    expect(scan.result.error).toMatch(/scan\.pdf: scanned PDF without a text layer; OCR it first/);
    const bad = await ingestFile('broken.docx', 'PK\u0003\u0004 not really a zip');
    expect(bad.result.error).toMatch(/broken\.docx: not a readable DOCX/);
  });
});
