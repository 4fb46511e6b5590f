import { documentFromBytes, type SourceDocument } from '../ingest/read.ts';
import { htmlReader } from '../ingest/formats/html.ts';
import { textReader } from '../ingest/formats/text.ts';
import { EmptyDocumentError } from '../errors.ts';
import type { SourceEntry } from './types.ts';

const txt = textReader('txt');

/** One fetched article as a normalised document: HTML through the HTML reader, else its text. */
export async function entryDocument(entry: SourceEntry): Promise<SourceDocument> {
  let doc: SourceDocument;
  if (entry.html) {
    doc = await documentFromBytes(Buffer.from(entry.html, 'utf8'), entry.url, htmlReader);
  } else {
    if (!entry.text) throw new EmptyDocumentError(entry.url, 'the article has no text');
    // The text reader takes `KEY: value` lines at the top as the document's metadata header.
    const head = [entry.title && `TITLE: ${oneLine(entry.title)}`, entry.date && `DATE: ${entry.date.slice(0, 10)}`, `URL: ${entry.url}`];
    const body = `${head.filter(Boolean).join('\n')}\n\n${entry.title ? `${entry.title}\n\n` : ''}${entry.text}\n`;
    doc = await documentFromBytes(Buffer.from(body, 'utf8'), entry.url, txt);
  }
  // The listing knows title and date even when the page does not say them in a readable way.
  const header = { ...doc.header };
  if (entry.title && !header.TITLE) header.TITLE = oneLine(entry.title);
  if (entry.date && !header.DATE && /^\d{4}-\d{2}-\d{2}/.test(entry.date)) header.DATE = entry.date.slice(0, 10);
  header.URL ??= entry.url;
  return { ...doc, header };
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
