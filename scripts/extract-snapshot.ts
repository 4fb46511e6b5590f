// Dumps every record the extract stage produces over a fixed corpus, one JSON line each, so that a
// change meant to be behaviour-preserving (a speed-up) can be checked byte for byte:
//
//   npx tsx scripts/extract-snapshot.ts > /tmp/before.jsonl   (then again after, and `cmp`)
//
// Corpus: the seeds as ingest reads them; every law text as a whole document; every article of
// every law as an item of its own; and traditional-script copies of the seeds and the articles (so
// the simplified-copy path of extraction is covered too). Texts are read from ../shared.
import fs from 'node:fs';
import path from 'node:path';
import { extractRecord } from '../src/extract/item.ts';
import { readDocumentFile } from '../src/ingest/read.ts';
import { analyse } from '../src/ingest/service.ts';
import type { Segment } from '../src/segment/types.ts';
import { normalizeText } from '../src/text/normalize.ts';
import tradSimp from '../src/extract/data/trad-simp.json' with { type: 'json' };

const shared = path.resolve(import.meta.dirname, '../../shared');
const seedsDir = path.join(shared, 'seeds');
const lawsDir = path.join(shared, 'laws');

// simplified → traditional, one to one, first pair wins: enough to make text that is traditional.
const toTrad = new Map<string, string>();
for (let i = 0; i + 1 < tradSimp.pairs.length; i += 2) {
  const t = tradSimp.pairs[i]!;
  const s = tradSimp.pairs[i + 1]!;
  if (!toTrad.has(s)) toTrad.set(s, t);
}
const traditional = (s: string): string => [...s].map((c) => toTrad.get(c) ?? c).join('');

function emit(label: string, value: unknown): void {
  process.stdout.write(`${label}\t${JSON.stringify(value)}\n`);
}

function documentRecords(label: string, text: string): void {
  analyse(text).forEach((r, i) => emit(`${label}#${i}`, r));
}

/** Each `第…条` paragraph run of a law as one item (title null, body = its paragraphs). */
function articleRecords(label: string, text: string): void {
  const lines: { start: number; end: number; text: string }[] = [];
  let at = 0;
  for (const l of text.split('\n')) {
    lines.push({ start: at, end: at + l.length, text: l });
    at += l.length + 1;
  }
  let chapter = '';
  let current: { start: number; end: number }[] = [];
  let n = 0;
  const flush = (): void => {
    if (current.length === 0) return;
    const seg: Segment = {
      seq: n, parentSeq: null, title: null, titleSpan: null, titleEn: null, titleEnSpan: null,
      span: { start: current[0]!.start, end: current[current.length - 1]!.end },
      body: current, bodyEn: [], sectionPath: chapter ? [chapter] : [], source: null, masked: [], commentary: null,
    };
    emit(`${label}@${n++}`, extractRecord(text, seg, { referenceDate: '2024-01-01' }));
    current = [];
  };
  for (const l of lines) {
    if (/^#+\s/.test(l.text)) {
      flush();
      chapter = l.text.replace(/^#+\s*/, '');
    } else if (/^第[一二三四五六七八九十百零]+[条條]/.test(l.text)) {
      flush();
      current.push(l);
    } else if (l.text.trim() !== '' && current.length > 0) current.push(l);
  }
  flush();
}

for (const f of fs.readdirSync(seedsDir).sort()) {
  const file = path.join(seedsDir, f);
  const doc = await readDocumentFile(file, 50 * 1024 * 1024);
  documentRecords(`seed:${f}`, doc.text);
  documentRecords(`seed-raw:${f}`, normalizeText(fs.readFileSync(file, 'utf8')));
  documentRecords(`seed-trad:${f}`, normalizeText(traditional(fs.readFileSync(file, 'utf8'))));
}
for (const f of fs.readdirSync(lawsDir).filter((f) => f.endsWith('.md') && f !== 'README.md').sort()) {
  const text = normalizeText(fs.readFileSync(path.join(lawsDir, f), 'utf8'));
  documentRecords(`law:${f}`, text);
  articleRecords(`article:${f}`, text);
  articleRecords(`article-trad:${f}`, normalizeText(traditional(text)));
}
