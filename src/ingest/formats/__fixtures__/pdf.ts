import { PDFDocument, type PDFFont, type PDFPage, StandardFonts, rgb } from 'pdf-lib';

// PDFs made in the test run. pdf-lib's standard fonts are Latin-only and this machine has no CJK
// font, so the PDF path is exercised on an English newsletter; CJK layout is tested on runs.

export const PDF_ITEMS = [
  {
    title: 'CAC Releases Cross-Border Data Flow Provisions',
    // Explicit lines: the first paragraph breaks "regulation" with a hyphen at a line end.
    lines: [
      'On March 22, 2024, the Cyberspace Administration of China published the new regula-',
      'tion on promoting and regulating cross-border data flows, which took effect on the',
      'day of publication and narrows the cases that need a security assessment.',
    ],
  },
  {
    title: 'Shanghai Regulator Fines a Technology Company',
    lines: [
      'On March 15, 2024, the Shanghai office of the CAC fined a technology company RMB',
      '500,000 under Article 45 of the Data Security Law for failing to protect its data.',
    ],
  },
  {
    title: 'European Parliament Adopts the AI Act',
    lines: [
      'On March 13, 2024, the European Parliament adopted the Artificial Intelligence Act',
      'with 523 votes in favour, setting obligations for providers of high-risk systems.',
    ],
  },
];

const HEADER = 'ACME Data Protection Weekly | Issue 12';

function furniture(page: PDFPage, font: PDFFont, n: number, total: number): void {
  page.drawText(HEADER, { x: 50, y: 810, size: 8, font });
  page.drawText(`Page ${n} of ${total}`, { x: 270, y: 30, size: 8, font });
}

/** Three items over two pages, with running header, page-number footer and a hyphenated word. */
export async function newsletterPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const pages = [doc.addPage([595, 842]), doc.addPage([595, 842])];
  pages.forEach((p, i) => furniture(p, font, i + 1, pages.length));
  let page = pages[0]!;
  let y = 760;
  PDF_ITEMS.forEach((item, i) => {
    if (i === 2) [page, y] = [pages[1]!, 760];
    page.drawText(item.title, { x: 50, y, size: 14, font: bold });
    y -= 24;
    for (const line of item.lines) {
      page.drawText(line, { x: 50, y, size: 10, font });
      y -= 13;
    }
    y -= 20;
  });
  return doc.save();
}

/** A two-column page: the left column must be read before the right one. */
export async function twoColumnPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  const left = ['Left column starts here and this line is', 'long enough to look like running text in', 'a narrow newspaper column of the page.'];
  const right = ['Right column comes second in reading', 'order even though its lines are drawn at', 'the same heights as the left column.'];
  left.forEach((l, i) => page.drawText(l, { x: 40, y: 700 - i * 13, size: 10, font }));
  right.forEach((l, i) => page.drawText(l, { x: 320, y: 700 - i * 13, size: 10, font }));
  return doc.save();
}

/** What a scanner produces: pages with pictures (here shapes) and no text layer. */
export async function scannedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < 2; i++) {
    const page = doc.addPage([595, 842]);
    page.drawRectangle({ x: 40, y: 40, width: 515, height: 760, color: rgb(0.9, 0.9, 0.9) });
    page.drawRectangle({ x: 60, y: 700, width: 300, height: 12, color: rgb(0.1, 0.1, 0.1) });
  }
  return doc.save();
}
