import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../errors.ts';
import { docxReader } from './docx.ts';
import { newsletterDocx } from './__fixtures__/docx.ts';

async function docx(children: Paragraph[]): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

describe('DOCX reader', () => {
  it('maps Word headings to #, ##, ### and bold-only paragraphs to **…**, not partly bold ones', async () => {
    const bytes = await docx([
      new Paragraph({ text: '网络安全月刊', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: '国内立法', heading: HeadingLevel.HEADING_2 }),
      new Paragraph({ text: '地方动态', heading: HeadingLevel.HEADING_3 }),
      new Paragraph({ children: [new TextRun({ text: '网信办约谈某平台', bold: true })] }),
      new Paragraph({ children: [new TextRun({ text: '11月1日，', bold: true }), new TextRun('网信办约谈某平台。')] }),
    ]);
    const { text, encoding } = await docxReader.read(bytes, 'a.docx');
    expect(encoding).toBe('DOCX');
    expect(text).toBe('# 网络安全月刊\n\n## 国内立法\n\n### 地方动态\n\n**网信办约谈某平台**\n\n11月1日，网信办约谈某平台。\n');
  });

  it('writes lists as bullets and tables as one row per line', async () => {
    const { text } = await docxReader.read(await newsletterDocx(), 'weekly.docx');
    expect(text).toContain('\n- 免予申报的情形\n- 自由贸易试验区负面清单\n');
    expect(text).toContain('\n当事人 | 罚款\n某科技公司 | 50万元\n');
  });

  it('names the file when it is not a zip or not a Word document', async () => {
    await expect(docxReader.read(Buffer.from('not a zip at all'), 'broken.docx')).rejects.toThrow(InputError);
    await expect(docxReader.read(Buffer.from('not a zip at all'), 'broken.docx')).rejects.toThrow(/^broken\.docx: not a readable DOCX/);
  });
});
