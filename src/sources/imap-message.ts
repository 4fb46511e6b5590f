import path from 'node:path';
import { InputError } from '../errors.ts';
import { emlReader, mailAttachments } from '../ingest/formats/eml.ts';
import { htmlReader } from '../ingest/formats/html.ts';
import type { SourceEntry } from './types.ts';

export interface MessageOptions {
  /** The message's own URL (mailbox URL + `/;UID=n`); parts get `/;SECTION=…` after it. */
  url: string;
  /** A body shorter than this next to a readable attachment is a cover note, not a document. */
  minBodyChars: number;
}

export interface MessageEntries {
  entries: SourceEntry[];
  /** Parts that could not be read (the others are still stored). */
  problems: string[];
}

/**
 * One raw RFC 822 message as source entries, read by the .eml reader (src/ingest/formats/eml.ts) so
 * mail that arrives over IMAP reads exactly like a saved .eml file: the body (main content of the
 * HTML part, else the text part) titled by the subject and dated by the send date, and each PDF,
 * DOCX or HTML attachment titled by its file name. Other attachments are ignored.
 */
export async function messageEntries(raw: Buffer, opts: MessageOptions): Promise<MessageEntries> {
  const body = await emlReader.read(raw, opts.url);
  const subject = oneLine(body.header.TITLE ?? '') || null;
  const date = body.header.DATE ?? null;
  const entries: SourceEntry[] = [];
  const problems: string[] = [];

  const attachments = await mailAttachments(raw, opts.url);
  for (const [i, att] of attachments.entries()) {
    const url = `${opts.url}/;SECTION=${i + 1};FILENAME=${encodeURIComponent(att.filename)}`;
    const title = oneLine(path.parse(att.filename).name) || subject;
    try {
      if (att.reader === htmlReader) {
        const html = Buffer.from(att.bytes).toString('utf8');
        const { text } = await htmlReader.read(att.bytes, att.filename);
        entries.push({ url, title, date, html, text });
      } else {
        const { text } = await att.reader.read(att.bytes, att.filename);
        entries.push({ url, title, date, html: null, text });
      }
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      problems.push(`${opts.url}: attachment ${att.filename}: ${err.problem}`);
    }
  }

  const text = body.text.trim();
  const coverNote = entries.length > 0 && text.replace(/\s+/g, '').length < opts.minBodyChars;
  if (text !== '' && !coverNote) entries.unshift({ url: opts.url, title: subject, date, html: null, text });
  return { entries, problems };
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
