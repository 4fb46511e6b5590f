import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { InputError } from '../../errors.ts';
import { docxReader } from './docx.ts';
import { htmlDocumentToText, htmlReader } from './html.ts';
import { pdfReader } from './pdf.ts';
import type { Extracted, FormatReader } from './types.ts';

// Mail-in newsletters (.eml, RFC 822). The message body is one document: its HTML part through the
// web-page reader (main content only), else its plain text. Subject, sender and date go into the
// header as TITLE, FROM and DATE. Each PDF, DOCX or HTML attachment is its own document: the body
// reader only returns the body, and `mailAttachments` hands the attachments to the caller with the
// reader for each, so the ingest pipeline stores them one by one (see ingestFile in src/ingest/service.ts).

export const emlReader: FormatReader = {
  format: 'eml',
  async read(bytes, label) {
    const mail = await parse(bytes, label);
    const header: Record<string, string> = {};
    if (mail.subject?.trim()) header.TITLE = mail.subject.trim();
    const from = mail.from?.value.map((a) => (a.name ? `${a.name} <${a.address ?? ''}>` : (a.address ?? ''))).filter(Boolean).join(', ');
    if (from) header.FROM = from;
    const date = mailDate(mail);
    if (date) header.DATE = date;
    const text = typeof mail.html === 'string' && mail.html.trim() !== '' ? htmlDocumentToText(mail.html).text : (mail.text ?? '');
    return { text, encoding: 'EML', header } satisfies Extracted;
  },
};

export interface MailAttachment {
  /** File name as sent, made unique within the message (`a.pdf`, `a (2).pdf`). */
  filename: string;
  bytes: Uint8Array;
  reader: FormatReader;
}

const BY_EXTENSION: Record<string, FormatReader> = { '.pdf': pdfReader, '.docx': docxReader, '.html': htmlReader, '.htm': htmlReader };
const BY_TYPE: Record<string, FormatReader> = {
  'application/pdf': pdfReader,
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': docxReader,
  'text/html': htmlReader,
};
const EXTENSION_OF = new Map<FormatReader, string>([[pdfReader, '.pdf'], [docxReader, '.docx'], [htmlReader, '.html']]);

/** The PDF, DOCX and HTML attachments of a message, each with its reader; other attachments are skipped. */
export async function mailAttachments(bytes: Uint8Array, label: string): Promise<MailAttachment[]> {
  const mail = await parse(bytes, label);
  const out: MailAttachment[] = [];
  const used = new Set<string>();
  for (const [i, a] of mail.attachments.entries()) {
    const byName = a.filename ? BY_EXTENSION[path.extname(a.filename).toLowerCase()] : undefined;
    const reader = byName ?? BY_TYPE[a.contentType.toLowerCase()];
    if (!reader || a.content.length === 0) continue;
    const base = path.basename(a.filename ?? `attachment-${i + 1}${EXTENSION_OF.get(reader)}`);
    let filename = base;
    for (let n = 2; used.has(filename); n++) filename = `${path.parse(base).name} (${n})${path.extname(base)}`;
    used.add(filename);
    out.push({ filename, bytes: a.content, reader });
  }
  return out;
}

async function parse(bytes: Uint8Array, label: string): Promise<ParsedMail> {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  // mailparser accepts anything; a file without a single header line is not a message.
  if (!/^[\w-]+:/m.test(head)) throw new InputError(label, 'not an e-mail message (no header lines)');
  try {
    return await simpleParser(Buffer.from(bytes), { skipImageLinks: true, skipTextToHtml: true });
  } catch (err) {
    throw new InputError(label, `not a readable e-mail message: ${(err as Error).message}`);
  }
}

/** The send date as YYYY-MM-DD in the sender's own time zone (a Beijing 07:00 mail is that day's). */
function mailDate(mail: ParsedMail): string | null {
  if (!mail.date || Number.isNaN(mail.date.getTime())) return null;
  const line = mail.headerLines.find((h) => h.key === 'date')?.line ?? '';
  const m = /([+-])(\d{2})(\d{2})\s*(\(.*\))?\s*$/.exec(line);
  const offsetMin = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  return new Date(mail.date.getTime() + offsetMin * 60_000).toISOString().slice(0, 10);
}
