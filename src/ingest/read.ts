import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  EmptyDocumentError,
  FileTooLargeError,
  InputError,
  UnsupportedFormatError,
} from '../errors.ts';
import { normalizeText } from '../text/normalize.ts';
import { docxReader } from './formats/docx.ts';
import { emlReader } from './formats/eml.ts';
import { htmlReader } from './formats/html.ts';
import { pdfReader } from './formats/pdf.ts';
import { textReader } from './formats/text.ts';
import type { FormatReader } from './formats/types.ts';

/** A document read from a source, normalised and ready to segment. */
export interface SourceDocument {
  source: string;
  format: string;
  encoding: string;
  bytes: number;
  header: Record<string, string>;
  /** Normalised text: every span and the content hash refer to it. */
  text: string;
  sha256: string;
}

// Readers by file extension. Each turns its format into the same markdown-ish text (`#` headings,
// `**bold**` lines, `- ` bullets) so one segmenter serves them all; normalising and hashing happen
// here, once, for every format.
const txt = textReader('txt');
const md = textReader('md');
const FORMATS: Record<string, FormatReader> = {
  '.txt': txt,
  '.text': txt,
  '.md': md,
  '.markdown': md,
  '.pdf': pdfReader,
  '.docx': docxReader,
  '.html': htmlReader,
  '.htm': htmlReader,
  '.eml': emlReader,
};

export function isSupportedFile(file: string): boolean {
  return path.extname(file).toLowerCase() in FORMATS;
}

export async function readDocumentFile(file: string, maxBytes: number): Promise<SourceDocument> {
  const source = path.resolve(file);
  const ext = path.extname(file).toLowerCase();
  const reader = FORMATS[ext];
  if (!reader) {
    throw new UnsupportedFormatError(file, `unsupported format "${ext || '(no extension)'}"; supported: ${Object.keys(FORMATS).join(', ')}`);
  }
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (err) {
    throw new InputError(file, describeFsError(err));
  }
  if (!stat.isFile()) throw new InputError(file, 'not a regular file');
  if (stat.size > maxBytes) {
    throw new FileTooLargeError(file, `file is ${mb(stat.size)} MB, over the ${mb(maxBytes)} MB limit (REGWATCH_MAX_FILE_MB / --max-file-mb)`);
  }
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    throw new InputError(file, describeFsError(err));
  }
  return documentFromBytes(bytes, source, reader, file);
}

export async function documentFromBytes(bytes: Uint8Array, source: string, reader: FormatReader, label = source): Promise<SourceDocument> {
  if (bytes.length === 0) throw new EmptyDocumentError(label, 'the file is empty');
  const { text: body, encoding, header } = await reader.read(bytes, label);
  const text = normalizeText(body);
  if (text.trim() === '') throw new EmptyDocumentError(label, 'the file has no text');
  return {
    source,
    format: reader.format,
    encoding,
    bytes: bytes.length,
    header,
    text,
    sha256: createHash('sha256').update(text).digest('hex'),
  };
}

function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return (err as Error).message;
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
