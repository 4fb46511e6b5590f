import { getDocumentProxy } from 'unpdf';
import { InputError } from '../../errors.ts';
import { layoutPages, type PageRuns, type TextRun } from './pdf-layout.ts';
import type { FormatReader } from './types.ts';

// PDF text layer via pdf.js (unpdf's serverless build). Layout is rebuilt from run positions in
// pdf-layout.ts; radical look-alikes (⽹) and full-width forms are left to the shared normaliser.

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

export const pdfReader: FormatReader = {
  format: 'pdf',
  async read(bytes, label) {
    const pdf = await open(bytes, label);
    try {
      const pages = await textRuns(pdf, label);
      if (pages.every((p) => p.runs.every((r) => r.str.trim() === ''))) {
        throw new InputError(label, 'scanned PDF without a text layer; OCR it first');
      }
      return { text: layoutPages(pages), encoding: 'PDF', header: {} };
    } finally {
      await pdf.destroy();
    }
  },
};

async function open(bytes: Uint8Array, label: string): Promise<PdfDocument> {
  try {
    // pdf.js may detach the buffer it is given, so it gets a copy. No eval: the file is untrusted.
    return await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, verbosity: 0 });
  } catch (err) {
    const e = err as Error;
    if (e.name === 'PasswordException') throw new InputError(label, 'encrypted PDF (password required); decrypt it first');
    throw new InputError(label, `not a readable PDF (corrupt or truncated): ${e.message}`);
  }
}

async function textRuns(pdf: PdfDocument, label: string): Promise<PageRuns[]> {
  const pages: PageRuns[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    try {
      const page = await pdf.getPage(i);
      const { width, height } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [, , c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
        runs.push({ str: item.str, x, y, width: item.width, size: Math.hypot(c, d) || item.height });
      }
      pages.push({ width, height, runs });
      page.cleanup();
    } catch (err) {
      throw new InputError(label, `not a readable PDF (page ${i} is damaged): ${(err as Error).message}`);
    }
  }
  return pages;
}
