import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  EmptyDocumentError,
  FileTooLargeError,
  InputError,
  UnsupportedFormatError,
} from '../errors.ts';
import { splitHeader } from '../text/header.ts';
import { normalizeText } from '../text/normalize.ts';
import { decodeBytes } from './decode.ts';

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

// Formats by file extension. PDF, DOCX and HTML readers register here when they arrive; until then
// such files get a clear "not supported yet" instead of being read as text.
const FORMATS: Record<string, string> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
};

export function isSupportedFile(file: string): boolean {
  return path.extname(file).toLowerCase() in FORMATS;
}

export function readDocumentFile(file: string, maxBytes: number): SourceDocument {
  const source = path.resolve(file);
  const ext = path.extname(file).toLowerCase();
  const format = FORMATS[ext];
  if (!format) {
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
  return documentFromBytes(bytes, source, format, file);
}

export function documentFromBytes(bytes: Uint8Array, source: string, format: string, label = source): SourceDocument {
  const { text: decoded, encoding } = decodeBytes(bytes, label);
  const { header, text: body } = splitHeader(decoded);
  const text = normalizeText(body);
  if (text.trim() === '') throw new EmptyDocumentError(label, 'the file has no text');
  return {
    source,
    format,
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
