import { splitHeader } from '../../text/header.ts';
import { decodeBytes } from '../decode.ts';
import type { FormatReader } from './types.ts';

/** Plain text and markdown: decode the bytes, then take the optional `KEY: value` header block. */
export function textReader(format: string): FormatReader {
  return {
    format,
    async read(bytes, label) {
      const { text, encoding } = decodeBytes(bytes, label);
      const { header, text: body } = splitHeader(text);
      return { text: body, encoding, header };
    },
  };
}
