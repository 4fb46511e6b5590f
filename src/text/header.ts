// Metadata header of a source document (shared/eval/FORMAT.md): `KEY: value` lines at the very top,
// ended by one blank line. Pure and dependency-free so the ingest stage can reuse it; it lives here
// only because the evaluation loader needed it first.

export interface SplitDocument {
  header: Record<string, string>;
  text: string;
}

// Keys are upper-case ASCII words (SOURCE, PUBLISHER, DATE, TITLE, URL, CONTENT-TYPE). Upper case
// only, so that published prose starting with "Update: …" or "Note: …" is never eaten as metadata;
// ASCII only, so that a Chinese first line with a colon (来源：… or 通知: …) is never a header.
const HEADER_LINE = /^([A-Z][A-Z0-9_-]*):[ \t]*(.*?)\s*$/;

const BOM = '\uFEFF';

/**
 * Splits `KEY: value` header lines off the top of a document. A header exists only when the first
 * line has that shape, every following line up to the first blank line has it too, and that blank
 * line is present; otherwise the whole input is text, because losing published text is worse than
 * keeping a stray metadata line in it. The text after the blank line is returned byte for byte.
 * A repeated key keeps its last value.
 */
export function splitHeader(raw: string): SplitDocument {
  const input = raw.startsWith(BOM) ? raw.slice(BOM.length) : raw;
  const header: Record<string, string> = {};
  let offset = 0;
  while (offset <= input.length) {
    const newline = input.indexOf('\n', offset);
    const end = newline === -1 ? input.length : newline;
    const line = input.slice(offset, end);
    const next = newline === -1 ? input.length + 1 : newline + 1;
    if (line.trim() === '') {
      if (offset === 0) break; // a leading blank line is text, not an empty header
      return { header, text: input.slice(Math.min(next, input.length)) };
    }
    const match = HEADER_LINE.exec(line);
    if (!match) break;
    header[match[1] ?? ''] = match[2] ?? '';
    offset = next;
  }
  return { header: {}, text: input };
}
