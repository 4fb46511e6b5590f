import chardet from 'chardet';
import iconv from 'iconv-lite';
import { BinaryFileError, EmptyDocumentError } from '../errors.ts';

export interface Decoded {
  text: string;
  encoding: string;
}

// Chinese government documents still arrive as GB18030/GBK (and some exports as UTF-16), so bytes
// are decoded by BOM first, then strict UTF-8, then the detector's best guess among the encodings
// this genre uses. GB18030 is a superset of GBK and GB2312, so it decodes all three.
const DETECTED_TO_ICONV: Record<string, string> = {
  'GB18030': 'gb18030',
  'GBK': 'gb18030',
  'GB2312': 'gb18030',
  'Big5': 'big5',
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
  'UTF-32LE': 'utf-32le',
  'UTF-32BE': 'utf-32be',
  'ISO-8859-1': 'win1252',
  'windows-1252': 'win1252',
};

export function decodeBytes(bytes: Uint8Array, source: string): Decoded {
  if (bytes.length === 0) throw new EmptyDocumentError(source, 'the file is empty');
  const bom = decodeWithBom(bytes);
  if (bom) return bom;
  if (looksUtf16(bytes)) {
    const le = bytes[1] === 0;
    return { text: iconv.decode(Buffer.from(bytes), le ? 'utf-16le' : 'utf-16be'), encoding: le ? 'UTF-16LE' : 'UTF-16BE' };
  }
  if (isBinary(bytes)) {
    throw new BinaryFileError(source, 'the file is binary, not text (found control bytes); is it a PDF, image or archive with a text extension?');
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    const detected = chardet.detect(bytes) ?? 'GB18030';
    const name = DETECTED_TO_ICONV[detected] ?? (iconv.encodingExists(detected) ? detected : 'gb18030');
    return { text: iconv.decode(Buffer.from(bytes), name), encoding: detected };
  }
}

/**
 * Text after a UTF-8 or UTF-16 byte order mark, or null without one. As in the WHATWG encoding
 * standard, a BOM wins over any declared charset (HTTP header, <meta charset>, <?xml encoding>):
 * pages re-saved in an editor keep a stale GBK declaration but gain a BOM, and the BOM is right.
 */
export function decodeWithBom(b: Uint8Array): Decoded | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(b.subarray(3)), encoding: 'UTF-8' };
  }
  if (b[0] === 0xff && b[1] === 0xfe) return { text: iconv.decode(Buffer.from(b.subarray(2)), 'utf-16le'), encoding: 'UTF-16LE' };
  if (b[0] === 0xfe && b[1] === 0xff) return { text: iconv.decode(Buffer.from(b.subarray(2)), 'utf-16be'), encoding: 'UTF-16BE' };
  return null;
}

/** UTF-16 without a BOM: zero bytes in every other position of the first bytes. */
function looksUtf16(b: Uint8Array): boolean {
  const n = Math.min(b.length, 512) & ~1;
  if (n < 4) return false;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  // Chinese text in UTF-16 has few zero bytes, so this only catches mostly-ASCII UTF-16; Chinese
  // UTF-16 files without a BOM are rare and fall through to the detector.
  return (oddZero > pairs * 0.4 && evenZero === 0) || (evenZero > pairs * 0.4 && oddZero === 0);
}

/** Text files do not contain NUL or many C0 control bytes; PDFs, images and archives do. */
function isBinary(b: Uint8Array): boolean {
  const n = Math.min(b.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c === 0) return true;
    if (c < 9 || (c > 13 && c < 32 && c !== 27)) control++;
  }
  return control > n * 0.02;
}
