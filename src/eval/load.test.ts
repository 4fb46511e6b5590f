import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EvalSetError, parseGold, readEvalSet } from './load.ts';
import { item } from './__fixtures__/items.ts';

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'regwatch-eval-'));
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function write(path: string, content: string | Uint8Array): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), content);
}

const goldB = [item({ title: '工信部通报', authorities: ['工信部'], date: '2023-09' })];

function writeValidSet(): void {
  write('set/docs/b.txt', 'SOURCE: https://example.com\nPUBLISHER: 工信部\n\n工信部通报……');
  write('set/gold/b.json', JSON.stringify(goldB));
  write('set/docs/a.txt', '\n\nNEWSLETTER\n');
  write('set/gold/a.json', '[]');
}

function errorOf(fn: () => unknown): EvalSetError {
  try {
    fn();
  } catch (error) {
    if (error instanceof EvalSetError) return error;
    throw error;
  }
  throw new Error('expected an EvalSetError');
}

describe('readEvalSet', () => {
  it('reads documents sorted by name with header, text and gold', () => {
    writeValidSet();
    write('set/docs/.DS_Store', 'x');
    write('set/gold/README.md', 'notes');
    const docs = readEvalSet(join(root, 'set'));
    expect(docs.map((d) => d.name)).toEqual(['a', 'b']);
    expect(docs[0]).toEqual({ name: 'a', header: {}, text: '\n\nNEWSLETTER\n', gold: [] });
    expect(docs[1]).toEqual({
      name: 'b',
      header: { SOURCE: 'https://example.com', PUBLISHER: '工信部' },
      text: '工信部通报……',
      gold: goldB,
    });
  });

  it('reads texts from docsDir, where texts without gold are just not in the set', () => {
    write('set/gold/b.json', JSON.stringify(goldB));
    write('pool/b.txt', '正文');
    write('pool/z.txt', 'not annotated');
    const docs = readEvalSet(join(root, 'set'), { docsDir: join(root, 'pool') });
    expect(docs.map((d) => [d.name, d.text])).toEqual([['b', '正文']]);
  });

  it('names the missing folder', () => {
    expect(errorOf(() => readEvalSet(join(root, 'nope'))).message).toBe(
      `${join(root, 'nope')}: evaluation set folder not found or not a folder`,
    );
    write('set/docs/a.txt', 'x');
    expect(errorOf(() => readEvalSet(join(root, 'set'))).path).toBe(join(root, 'set', 'gold'));
    rmSync(join(root, 'set', 'docs'), { recursive: true });
    write('set/gold/a.json', '[]');
    expect(errorOf(() => readEvalSet(join(root, 'set'))).path).toBe(join(root, 'set', 'docs'));
    expect(errorOf(() => readEvalSet(join(root, 'set'), { docsDir: join(root, 'pool') })).path).toBe(join(root, 'pool'));
  });

  it('rejects gold without a document', () => {
    writeValidSet();
    write('set/gold/c.json', '[]');
    const error = errorOf(() => readEvalSet(join(root, 'set')));
    expect(error.path).toBe(join(root, 'set', 'gold', 'c.json'));
    expect(error.message).toContain('no document');
  });

  it('rejects a document without gold', () => {
    writeValidSet();
    write('set/docs/c.txt', 'text');
    const error = errorOf(() => readEvalSet(join(root, 'set')));
    expect(error.path).toBe(join(root, 'set', 'docs', 'c.txt'));
    expect(error.message).toContain('no gold file');
  });

  it('rejects an empty set', () => {
    mkdirSync(join(root, 'set', 'docs'), { recursive: true });
    mkdirSync(join(root, 'set', 'gold'), { recursive: true });
    expect(errorOf(() => readEvalSet(join(root, 'set'))).message).toContain('no gold files');
  });

  it('rejects malformed JSON, naming the file', () => {
    writeValidSet();
    write('set/gold/a.json', '[\n  {"date": "2023-09",]');
    const error = errorOf(() => readEvalSet(join(root, 'set')));
    expect(error.name).toBe('EvalSetError');
    expect(error.message).toMatch(new RegExp(`^${join(root, 'set', 'gold', 'a.json')}: invalid JSON: `));
    expect(error.message).toContain('(line 2, column 22)');
  });

  it('rejects text that is not UTF-8', () => {
    writeValidSet();
    write('set/docs/a.txt', new Uint8Array([0xb9, 0xfa, 0xbc, 0xd2])); // 国家 in GBK
    expect(errorOf(() => readEvalSet(join(root, 'set'))).message).toBe(`${join(root, 'set', 'docs', 'a.txt')}: not valid UTF-8`);
  });
});

describe('parseGold', () => {
  it('lists every schema violation with its path', () => {
    const bad = [
      { ...item(), date: '2023/09/14' },
      { ...item(), citations: [{ law: '网络安全法', article: 21.5, paragraph: null }] },
    ];
    const message = errorOf(() => parseGold('g.json', JSON.stringify(bad))).message;
    expect(message).toContain('g.json: does not match the gold schema');
    expect(message).toContain('[0].date: expected YYYY-MM-DD or YYYY-MM');
    expect(message).toContain('[1].citations[0].article: ');
  });

  it('caps a long list of violations', () => {
    const bad = Array.from({ length: 25 }, () => ({ ...item(), category: 'news' }));
    const message = errorOf(() => parseGold('g.json', JSON.stringify(bad))).message;
    expect(message).toContain('[19].category: ');
    expect(message).not.toContain('[20].category: ');
    expect(message).toContain('… and 5 more');
  });

  it('rejects a missing field and a non-array file', () => {
    const { region: _omitted, ...noRegion } = item();
    expect(errorOf(() => parseGold('g.json', JSON.stringify([noRegion]))).message).toContain('[0].region: ');
    expect(errorOf(() => parseGold('g.json', '{}')).message).toContain('(root): ');
  });
});
