/** What a format reader hands back: text in the segmenter's markdown-ish form, not yet normalised. */
export interface Extracted {
  text: string;
  /** The character encoding the bytes were in, or the container (`PDF`, `DOCX`) when not text. */
  encoding: string;
  header: Record<string, string>;
}

/**
 * One reader per file format. `label` names the file in error messages. Readers throw InputError
 * (or a subclass) for input they cannot read; read.ts normalises and hashes what they return.
 */
export interface FormatReader {
  format: string;
  read(bytes: Uint8Array, label: string): Promise<Extracted>;
}
