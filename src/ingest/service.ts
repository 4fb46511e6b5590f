import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.ts';
import { assignEvents } from '../events/service.ts';
import { documentDayFirst, findIssueDate, findReferenceDate } from '../extract/dates.ts';
import { documentShortForms } from '../extract/instruments.ts';
import { localDollar } from '../extract/money.ts';
import { extractRecord, itemKeywords, itemText } from '../extract/item.ts';
import type { ItemRecord } from '../extract/record.ts';
import { linkRecords } from '../laws/link.ts';
import { segmentDocument } from '../segment/segment.ts';
import { countDocumentsOfSource, findDocumentBySha, insertDocument, lockDocumentWrites, type DocumentRow } from '../store/documents.ts';
import { insertItems } from '../store/items.ts';
import type { Sql } from '../store/sql.ts';
import { expandPaths } from './files.ts';
import { mailAttachments } from './formats/eml.ts';
import { documentFromBytes, readDocumentFile, type SourceDocument } from './read.ts';

export type IngestStatus = 'added' | 'updated' | 'unchanged' | 'failed';

export interface IngestResult {
  file: string;
  status: IngestStatus;
  documentId: number | null;
  /** Items found in the document (for unchanged documents: already stored). */
  items: number;
  /** Items written by this run. */
  added: number;
  error: string | null;
}

export interface IngestOptions {
  maxFileBytes: number;
  onResult?: (r: IngestResult, index: number, total: number) => void;
  now?: () => Date;
}

/** Ingests files and folders. Bad files are reported and skipped; the rest still go in. */
export async function ingestPaths(sql: Sql, paths: string[], opts: IngestOptions): Promise<IngestResult[]> {
  const files = expandPaths(paths);
  const results: IngestResult[] = [];
  // One file at a time: the writes are sequential anyway and memory stays bounded by one document.
  for (const [i, file] of files.entries()) {
    for (const r of await ingestFile(sql, file, opts)) {
      results.push(r);
      opts.onResult?.(r, i, files.length);
    }
  }
  return results;
}

/**
 * Ingests one file: its document, and for an e-mail (.eml) also each PDF/DOCX/HTML attachment as a
 * document of its own (source `<mail path>#<file name>`). Never throws: problems are failed results.
 * A mail whose body is empty but that carries attachments reports only the attachments.
 */
export async function ingestFile(sql: Sql, file: string, opts: IngestOptions): Promise<IngestResult[]> {
  const body = await ingestOne(sql, file, opts);
  if (path.extname(file).toLowerCase() !== '.eml') return [body];
  let attachments: Awaited<ReturnType<typeof mailAttachments>>;
  try {
    const bytes = fs.readFileSync(file);
    if (bytes.length > opts.maxFileBytes) return [body];
    attachments = await mailAttachments(bytes, file);
  } catch {
    return [body]; // the body result already names the problem
  }
  const results: IngestResult[] = [];
  if (!(body.status === 'failed' && attachments.length > 0 && /has no text/.test(body.error ?? ''))) results.push(body);
  const source = path.resolve(file);
  for (const a of attachments) {
    const label = `${file}#${a.filename}`;
    try {
      const doc = await documentFromBytes(a.bytes, `${source}#${a.filename}`, a.reader, label);
      results.push(await storeDocument(sql, doc, label, opts.now?.() ?? new Date()));
    } catch (err) {
      const message = err instanceof InputError ? err.message : `${label}: internal error: ${(err as Error).message}`;
      results.push({ file: label, status: 'failed', documentId: null, items: 0, added: 0, error: message });
    }
  }
  return results;
}


async function ingestOne(sql: Sql, file: string, opts: IngestOptions): Promise<IngestResult> {
  try {
    const doc = await readDocumentFile(file, opts.maxFileBytes);
    return await storeDocument(sql, doc, file, opts.now?.() ?? new Date());
  } catch (err) {
    if (err instanceof InputError) return failed(file, err.message);
    // Anything else is a bug or a storage failure: say which file triggered it, keep going.
    return failed(file, `${file}: internal error: ${(err as Error).message}`);
  }
}

/**
 * Segments, extracts and stores one document in a single transaction; no-op if already stored (also
 * when another process stores the same content at the same time: the write lock and the unique
 * content hash make the second one find the first).
 */
export async function storeDocument(sql: Sql, doc: SourceDocument, label: string, now: Date): Promise<IngestResult> {
  const existing = await findDocumentBySha(sql, doc.sha256);
  if (existing) return unchanged(label, existing);
  // Extraction stays pure and outside the transaction; links to imported law texts are added before the write.
  const records = await linkRecords(sql, analyse(doc.text), issueDateOf(doc));
  const outcome = await sql.transaction(async (tx) => {
    await lockDocumentWrites(tx);
    const stored = await findDocumentBySha(tx, doc.sha256);
    if (stored) return { stored };
    const before = await countDocumentsOfSource(tx, doc.source);
    const id = await insertDocument(
      tx,
      {
        source: doc.source,
        sha256: doc.sha256,
        format: doc.format,
        encoding: doc.encoding,
        bytes: doc.bytes,
        title: doc.header.TITLE ?? titleOf(doc.text, doc.source),
        issueDate: issueDateOf(doc),
        header: doc.header,
        text: doc.text,
      },
      now,
    );
    if (id === null) return { stored: (await findDocumentBySha(tx, doc.sha256))! };
    await assignEvents(tx, await insertItems(tx, id, records), now);
    return { id, before };
  });
  if ('stored' in outcome) return unchanged(label, outcome.stored!);
  return {
    file: label,
    status: outcome.before > 0 ? 'updated' : 'added',
    documentId: outcome.id,
    items: records.length,
    added: records.length,
    error: null,
  };
}

function unchanged(label: string, existing: DocumentRow): IngestResult {
  return { file: label, status: 'unchanged', documentId: existing.id, items: existing.itemCount, added: 0, error: null };
}

/** Segment and extract a normalised text. Pure: no storage. */
export function analyse(text: string): ItemRecord[] {
  const segments = segmentDocument(text);
  // Month-day dates take their year from the issue date, then from the latest explicit event date
  // seen so far, so a document that spans a year boundary keeps the right year for later items.
  // An ambiguous 1/9/2025 is read in the order the whole document writes dates.
  const dayFirst = documentDayFirst(text);
  let reference = findReferenceDate(text, dayFirst);
  const dollar = localDollar(text);
  const records: ItemRecord[] = [];
  const texts = segments.map((seg) => itemText(text, seg));
  const shortForms = documentShortForms(text);
  // All of the document's keywords first, in one run of jieba calls: its tables then stay in the
  // CPU cache. Called between the other extractors' work, each call cost two to three times as much
  // (with the keywords, extraction took 2× longer than without them; in one run, 1.3× longer).
  const keywords = texts.map(itemKeywords);
  for (const [i, seg] of segments.entries()) {
    const rec = extractRecord(text, seg, { referenceDate: reference, shortForms, dollar, dayFirst }, texts[i], keywords[i]);
    // A sub-event is told inside its report, which says where it happened: an English sentence about an
    // earlier Shenzhen fine names no place of its own and would otherwise read as overseas.
    const report = seg.subEvent && seg.parentSeq !== null ? records[seg.parentSeq] : undefined;
    if (report && (rec.category === 'overseas') !== (report.category === 'overseas')) rec.category = report.category;
    records.push(rec);
    const explicit = rec.values.find((v) => v.field === 'date' && v.surface !== null && /\d{4}\s*年|\b\d{4}\b/.test(v.surface));
    // Only forward: an item about an earlier year (`On 21 July 2022 the CAC fined Didi…` in a 2023
    // round-up) is background, and the items after it are still dated from the issue.
    if (rec.date && rec.date.length === 10 && explicit && (reference === null || rec.date > reference)) reference = rec.date;
  }
  return records;
}

function issueDateOf(doc: SourceDocument): string | null {
  const fromHeader = doc.header.DATE;
  if (fromHeader && /^\d{4}-\d{2}(-\d{2})?$/.test(fromHeader)) return fromHeader;
  return findIssueDate(doc.text);
}

function titleOf(text: string, source: string): string {
  for (const line of text.split('\n').slice(0, 40)) {
    const t = line.replace(/^#+\s*|\*\*/g, '').trim();
    if (t.length >= 4 && t.length <= 60 && /[\u4E00-\u9FFF]/.test(t) && !/[。，]/.test(t)) return t;
  }
  return path.basename(source);
}

function failed(file: string, message: string): IngestResult {
  return { file, status: 'failed', documentId: null, items: 0, added: 0, error: message };
}
