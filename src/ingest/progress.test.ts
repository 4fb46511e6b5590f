import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ingestProgress } from './progress.ts';
import type { IngestResult } from './service.ts';

const ok = (file: string, status: IngestResult['status'] = 'added'): IngestResult => ({ file, status, documentId: 7, items: 3, added: 3, error: null });
const bad: IngestResult = { file: 'c.pdf', status: 'failed', documentId: null, items: 0, added: 0, error: 'c.pdf: not a readable PDF' };

describe('ingest progress', () => {
  it('writes one plain line per file when not on a terminal, as before', () => {
    const lines: string[] = [];
    const p = ingestProgress({ tty: false, write: (l) => lines.push(l) });
    p.onResult(ok('a.md'), 0, 3);
    p.onResult(ok('b.md', 'unchanged'), 1, 3);
    p.onResult(bad, 2, 3);
    p.done();
    expect(lines).toEqual([
      '[1/3] added a.md: 3 items (document 7)',
      '[2/3] unchanged b.md (already stored as document 7, 3 items)',
      '[3/3] error: c.pdf: not a readable PDF',
    ]);
  });

  it('draws a bar on a terminal and still names each failure at the end', () => {
    const lines: string[] = [];
    const stream = Object.assign(new PassThrough(), { isTTY: true, columns: 100, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
    const p = ingestProgress({ tty: true, write: (l) => lines.push(l), stream });
    p.onResult(ok('a.md'), 0, 2);
    p.onResult(bad, 1, 2);
    p.done();
    expect(lines).toEqual(['[2/2] error: c.pdf: not a readable PDF']);
  });
});
