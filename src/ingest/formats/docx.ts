import mammoth from 'mammoth';
import * as cheerio from 'cheerio';
import { InputError } from '../../errors.ts';
import { htmlToText } from './html-text.ts';
import type { FormatReader } from './types.ts';

// Word documents go through mammoth's semantic HTML (Heading 1–6 → h1–h6, lists → ul/ol, bold runs
// → strong, tables) and then the same HTML-to-lines code as web pages, so both give the same text.
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

export const docxReader: FormatReader = {
  format: 'docx',
  async read(bytes, label) {
    let html: string;
    try {
      ({ value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP }));
    } catch (err) {
      throw new InputError(label, `not a readable DOCX (corrupt, encrypted or not a Word 2007+ file): ${(err as Error).message}`);
    }
    const $ = cheerio.load(html);
    return { text: htmlToText($, $('body')), encoding: 'DOCX', header: {} };
  },
};
