import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listMigrations, openDb } from './db.ts';
import { findCurrentBySource, findDocumentBySha, insertDocument, listDocuments } from './documents.ts';

const doc = (sha: string, source = '/news/a.txt') => ({
  source,
  sha256: sha,
  format: 'txt',
  encoding: 'UTF-8',
  bytes: 10,
  title: '网络安全和数据合规月刊',
  issueDate: '2019-11-30',
  header: {},
  text: '正文',
});

describe('SQLite store', () => {
  it('applies every migration once and records the schema version', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'regwatch-db-')), 'nested', 'regwatch.db');
    const db = openDb(file);
    const latest = listMigrations().at(-1)!.version;
    expect(db.pragma('user_version', { simple: true })).toBe(latest);
    db.close();
    const again = openDb(file);
    expect(again.pragma('user_version', { simple: true })).toBe(latest);
    expect(again.pragma('journal_mode', { simple: true })).toBe('wal');
    again.close();
  });

  it('keeps a changed document as a new version and supersedes the old one', () => {
    const db = openDb(':memory:');
    const first = insertDocument(db, doc('a'), new Date(0));
    const second = insertDocument(db, doc('b'), new Date(1));
    expect(findDocumentBySha(db, 'a')!.supersededBy).toBe(second);
    expect(findCurrentBySource(db, '/news/a.txt')!.id).toBe(second);
    expect(findCurrentBySource(db, '/news/a.txt')!.version).toBe(2);
    expect(listDocuments(db).map((d) => d.id)).toEqual([first, second]);
  });

  it('refuses the same content twice at the storage level', () => {
    const db = openDb(':memory:');
    insertDocument(db, doc('same'), new Date(0));
    expect(() => insertDocument(db, doc('same', '/elsewhere.txt'), new Date(0))).toThrow(/UNIQUE/);
  });
});
