import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { BinaryFileError, EmptyDocumentError, FileTooLargeError, InputError, UnsupportedFormatError } from '../errors.ts';
import { readDocumentFile } from './read.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regwatch-read-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const NOTICE =
  '工业和信息化部关于侵害用户权益行为的APP通报（2023年第5批，总第31批）\n\n依据《个人信息保护法》《网络安全法》《电信条例》等法律法规，我部近期组织第三方检测机构进行抽查，发现23款APP存在侵害用户权益行为。\n';

function write(name: string, bytes: Uint8Array | string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

describe('readDocumentFile', () => {
  it.each([
    ['UTF-8', 'utf8.txt', Buffer.from(NOTICE, 'utf8')],
    ['UTF-8 with BOM', 'bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(NOTICE, 'utf8')])],
    ['GB18030 (GBK)', 'gbk.txt', iconv.encode(NOTICE, 'gb18030')],
    ['UTF-16LE with BOM', 'utf16.txt', iconv.encode(NOTICE, 'utf-16le', { addBOM: true })],
    ['UTF-16BE with BOM', 'utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(NOTICE, 'utf-16be')])],
  ])('decodes %s', async (_enc, name, bytes) => {
    const doc = await readDocumentFile(write(name, bytes), 1e6);
    expect(doc.text).toBe(NOTICE);
  });

  it('reports GBK as detected and hashes the text, not the bytes', async () => {
    const gbk = await readDocumentFile(write('a-gbk.txt', iconv.encode(NOTICE, 'gb18030')), 1e6);
    const utf8 = await readDocumentFile(write('a-utf8.txt', NOTICE), 1e6);
    expect(gbk.encoding).toMatch(/GB/);
    expect(gbk.sha256).toBe(utf8.sha256);
  });

  it('takes KEY: value header lines as metadata, not text', async () => {
    const doc = await readDocumentFile(write('header.txt', `SOURCE: https://www.cac.gov.cn/x\nPUBLISHER: 网信办\n\n${NOTICE}`), 1e6);
    expect(doc.header).toEqual({ SOURCE: 'https://www.cac.gov.cn/x', PUBLISHER: '网信办' });
    expect(doc.text).toBe(NOTICE);
  });

  it.each([
    ['an empty file', 'empty.txt', '', EmptyDocumentError, /empty/],
    ['a file of blank lines', 'blank.txt', '\n\n  \n', EmptyDocumentError, /no text/],
    ['a binary file with a text name', 'binary.txt', Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0xff, 0]), BinaryFileError, /binary/],
    ['an unsupported extension', 'photo.jpg', 'x', UnsupportedFormatError, /unsupported format "\.jpg"/],
  ])('refuses %s with a message naming it', async (_what, name, bytes, type, message) => {
    const file = write(name, bytes);
    await expect(readDocumentFile(file, 1e6)).rejects.toThrow(type);
    await expect(readDocumentFile(file, 1e6)).rejects.toThrow(new RegExp(name.replace('.', '\\.')));
    await expect(readDocumentFile(file, 1e6)).rejects.toThrow(message);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const file = write('big.txt', NOTICE.repeat(100));
    await expect(readDocumentFile(file, 1000)).rejects.toThrow(FileTooLargeError);
    await expect(readDocumentFile(file, 1000)).rejects.toThrow(/over the 0\.0 MB limit|over the/);
  });

  it('says when a path does not exist', async () => {
    await expect(readDocumentFile(path.join(dir, 'missing.txt'), 1e6)).rejects.toThrow(InputError);
    await expect(readDocumentFile(path.join(dir, 'missing.txt'), 1e6)).rejects.toThrow(/missing\.txt: no such file/);
  });
});
