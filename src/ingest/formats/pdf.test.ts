import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../errors.ts';
import { newsletterPdf, scannedPdf, twoColumnPdf } from './__fixtures__/pdf.ts';
import { pdfReader } from './pdf.ts';

describe('PDF reader', () => {
  it('reads the text layer: headings by font size, paragraphs joined, hyphenation undone, furniture gone', async () => {
    const { text, encoding } = await pdfReader.read(await newsletterPdf(), 'weekly.pdf');
    expect(encoding).toBe('PDF');
    const blocks = text.trim().split('\n\n');
    expect(blocks.filter((b) => b.startsWith('## '))).toEqual([
      '## CAC Releases Cross-Border Data Flow Provisions',
      '## Shanghai Regulator Fines a Technology Company',
      '## European Parliament Adopts the AI Act',
    ]);
    expect(blocks[1]).toBe(
      'On March 22, 2024, the Cyberspace Administration of China published the new regulation on promoting and regulating cross-border data flows, which took effect on the day of publication and narrows the cases that need a security assessment.',
    );
    expect(blocks).toHaveLength(6);
    expect(text).not.toMatch(/ACME|Issue 12|Page \d/);
  });

  it('reads the left column before the right one', async () => {
    const { text } = await pdfReader.read(await twoColumnPdf(), 'columns.pdf');
    expect(text.indexOf('Left column starts')).toBeLessThan(text.indexOf('Right column comes'));
    expect(text).toContain('long enough to look like running text');
  });

  it('keeps a bare number that is not in the page margin', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([595, 842]);
    page.drawText('Fines imposed in 2023:', { x: 50, y: 500, size: 10, font });
    page.drawText('12', { x: 50, y: 480, size: 10, font });
    page.drawText('7', { x: 290, y: 30, size: 9, font });
    const { text } = await pdfReader.read(await doc.save(), 'n.pdf');
    expect(text).toBe('Fines imposed in 2023:\n\n12\n');
  });

  it('says a PDF without a text layer is scanned and needs OCR', async () => {
    await expect(pdfReader.read(await scannedPdf(), 'scan.pdf')).rejects.toThrow(InputError);
    await expect(pdfReader.read(await scannedPdf(), 'scan.pdf')).rejects.toThrow('scan.pdf: scanned PDF without a text layer; OCR it first');
  });

  it('names the file and the problem for a corrupt or truncated PDF', async () => {
    await expect(pdfReader.read(Buffer.from('%PDF-1.7\n%garbage'), 'bad.pdf')).rejects.toThrow(/^bad\.pdf: not a readable PDF/);
    const good = await newsletterPdf();
    await expect(pdfReader.read(good.subarray(0, 200), 'cut.pdf')).rejects.toThrow(/^cut\.pdf: /);
  });
});
