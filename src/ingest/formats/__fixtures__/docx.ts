import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { NEWSLETTER, type Development } from './newsletter.ts';

// The newsletter as a Word file: Title/Heading styles for the masthead and sections, bold-only
// paragraphs for Chinese headlines, Heading 3 for English ones, a bullet list and a table.
export async function newsletterDocx(): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: NEWSLETTER.title, heading: HeadingLevel.HEADING_1 }),
    new Paragraph(NEWSLETTER.issue),
  ];
  for (const s of NEWSLETTER.sections) {
    children.push(new Paragraph({ text: s.heading, heading: HeadingLevel.HEADING_2 }));
    for (const d of s.items as Development[]) {
      children.push(new Paragraph({ children: [new TextRun({ text: d.title, bold: true })] }), new Paragraph(d.body));
      for (const p of d.points ?? []) children.push(new Paragraph({ text: p, bullet: { level: 0 } }));
      if (d.table) {
        children.push(
          new Table({
            rows: d.table.map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })) })),
          }),
        );
      }
      children.push(new Paragraph({ text: d.titleEn, heading: HeadingLevel.HEADING_3 }), new Paragraph(d.bodyEn));
    }
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
