import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../store/open.ts';
import { listDocuments } from '../../store/documents.ts';
import { readDocumentFile } from '../read.ts';
import { ingestFile } from '../service.ts';
import { emlReader, mailAttachments } from './eml.ts';

const HTML_BODY = `<html><body><nav>首页 | 订阅</nav><article><h1>数据合规周报</h1>
<p>2024年11月1日，国家网信办依据《网络安全法》第五十九条对某科技公司作出罚款50万元的行政处罚。</p></article></body></html>`;

async function docxBytes(): Promise<Buffer> {
  const doc = new Document({
    sections: [{ children: [new Paragraph('律所评论'), new Paragraph('2024年10月15日，工业和信息化部通报了侵害用户权益的APP。')] }],
  });
  return Packer.toBuffer(doc);
}

function b64(bytes: Buffer | string): string {
  return (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, 'utf8')).toString('base64').replace(/.{76}/g, '$&\r\n');
}

/** A multipart/mixed message: text + HTML alternative body, a DOCX attachment and an image. */
async function buildEml(opts: { html?: string; text?: string; docx?: Buffer | null } = {}): Promise<Buffer> {
  const html = opts.html ?? HTML_BODY;
  const text = opts.text ?? '数据合规周报（纯文本版）';
  const lines = [
    'From: =?UTF-8?B?' + Buffer.from('某律师事务所').toString('base64') + '?= <news@lawfirm.example>',
    'To: compliance@example.com',
    'Subject: =?UTF-8?B?' + Buffer.from('数据合规周报 2024年第44期').toString('base64') + '?=',
    'Date: Tue, 05 Nov 2024 07:30:00 +0800',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="MIXED"',
    '',
    '--MIXED',
    'Content-Type: multipart/alternative; boundary="ALT"',
    '',
    '--ALT',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    b64(text),
  ];
  if (html) lines.push('--ALT', 'Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: base64', '', b64(html));
  lines.push('--ALT--', '');
  const docx = opts.docx === undefined ? await docxBytes() : opts.docx;
  if (docx) {
    lines.push(
      '--MIXED',
      'Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name="review.docx"',
      'Content-Disposition: attachment; filename="review.docx"',
      'Content-Transfer-Encoding: base64',
      '',
      b64(docx),
    );
  }
  lines.push('--MIXED', 'Content-Type: image/png; name="logo.png"', 'Content-Disposition: attachment; filename="logo.png"', 'Content-Transfer-Encoding: base64', '', b64('not really a png'));
  lines.push('--MIXED--', '');
  return Buffer.from(lines.join('\r\n'), 'utf8');
}

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'regwatch-eml-'));
}

describe('.eml reader', () => {
  it('reads the HTML body (main content only) with subject, sender and date in the header', async () => {
    const { text, header, encoding } = await emlReader.read(await buildEml(), 'weekly.eml');
    expect(encoding).toBe('EML');
    expect(header).toEqual({ TITLE: '数据合规周报 2024年第44期', FROM: '某律师事务所 <news@lawfirm.example>', DATE: '2024-11-05' });
    expect(text).toContain('# 数据合规周报');
    expect(text).toContain('对某科技公司作出罚款50万元');
    expect(text).not.toContain('订阅');
    expect(text).not.toContain('纯文本版');
  });

  it('falls back to the plain-text body when there is no HTML part', async () => {
    const { text } = await emlReader.read(await buildEml({ html: '', docx: null }), 'plain.eml');
    expect(text.trim()).toBe('数据合规周报（纯文本版）');
  });

  it('hands back the DOCX attachment with its reader and skips the image', async () => {
    const atts = await mailAttachments(await buildEml(), 'weekly.eml');
    expect(atts.map((a) => [a.filename, a.reader.format])).toEqual([['review.docx', 'docx']]);
  });

  it('refuses a file that is not a message', async () => {
    await expect(emlReader.read(Buffer.from('<<binary junk>>'), 'junk.eml')).rejects.toThrow('junk.eml: not an e-mail message');
  });
});

describe('ingest of an .eml file', () => {
  it('stores the body and each attachment as their own documents, once', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'weekly.eml');
    fs.writeFileSync(file, await buildEml());
    const db = await openStore(':memory:');
    const first = await ingestFile(db, file, { maxFileBytes: 5 * 1024 * 1024 });
    expect(first.map((r) => [path.basename(r.file), r.status])).toEqual([
      ['weekly.eml', 'added'],
      ['weekly.eml#review.docx', 'added'],
    ]);
    const docs = await listDocuments(db);
    expect(docs.map((d) => [path.basename(d.source), d.format, d.title, d.issueDate])).toEqual([
      ['weekly.eml', 'eml', '数据合规周报 2024年第44期', '2024-11-05'],
      ['weekly.eml#review.docx', 'docx', '律所评论', '2024-10-15'],
    ]);
    expect((await readDocumentFile(file, 5 * 1024 * 1024)).header.FROM).toContain('news@lawfirm.example');

    const again = await ingestFile(db, file, { maxFileBytes: 5 * 1024 * 1024 });
    expect(again.map((r) => r.status)).toEqual(['unchanged', 'unchanged']);
    expect(await listDocuments(db)).toHaveLength(2);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
