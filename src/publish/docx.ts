import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  TableOfContents,
  TextRun,
} from 'docx';
import { isUrl, type Block, type ParaStyle, type Run } from './layout.ts';

// Word's own Heading 1/2/3 styles, so the navigation pane shows sections and groups, and a TOC
// field that Word fills in when the document is opened (updateFields asks it to).

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3, 4: HeadingLevel.HEADING_4 } as const;

const STYLE_RUN: Partial<Record<ParaStyle, { color?: string; size?: number; italics?: boolean }>> = {
  meta: { color: '666666', size: 18 },
  note: { color: '666666', size: 18, italics: true },
  en: { color: '333333' },
  commentary: { color: '7a5c00' },
  disclaimer: { color: '555555', size: 18 },
};

function runs(list: Run[], style: ParaStyle): (TextRun | ExternalHyperlink)[] {
  const look = STYLE_RUN[style] ?? {};
  return list.map((r) => {
    const run = new TextRun({ text: r.text, bold: r.bold ?? false, ...look });
    if (r.href && isUrl(r.href)) return new ExternalHyperlink({ link: r.href, children: [new TextRun({ text: r.text, style: 'Hyperlink' })] });
    return run;
  });
}

function toParagraphs(b: Block): (Paragraph | TableOfContents)[] {
  switch (b.t) {
    case 'cover':
      return [
        new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, spacing: { before: 3000, after: 600 }, children: [new TextRun(b.title)] }),
        ...b.lines.map((l) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [new TextRun({ text: l, size: 26 })] })),
        new Paragraph({ children: [new PageBreak()] }),
      ];
    case 'toc':
      return [
        new Paragraph({ children: [new TextRun({ text: '目录', bold: true, size: 32 })] }),
        new TableOfContents('目录', { hyperlink: true, headingStyleRange: '1-3' }),
        new Paragraph({ children: [new PageBreak()] }),
      ];
    case 'heading':
      return [new Paragraph({ heading: HEADING[b.level], children: [new TextRun(b.text)] })];
    case 'para':
      return [
        new Paragraph({
          children: runs(b.runs, b.style),
          spacing: { after: 120 },
          indent: b.style === 'commentary' ? { left: 360 } : undefined,
          shading: b.style === 'label' ? { fill: 'F1F5FA', type: 'clear', color: 'auto' } : undefined,
        }),
      ];
  }
}

export async function renderDocx(blocks: Block[], opts: { publisher: string }): Promise<Buffer> {
  const title = blocks.find((b) => b.t === 'cover')?.title ?? 'newsletter';
  const doc = new Document({
    creator: opts.publisher,
    title,
    features: { updateFields: true },
    styles: {
      default: {
        document: { run: { font: { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: 'Noto Sans CJK SC' }, size: 21 } },
      },
    },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES] })] })],
          }),
        },
        children: blocks.flatMap(toParagraphs),
      },
    ],
  });
  return Packer.toBuffer(doc);
}
