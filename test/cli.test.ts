import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEEDS } from './helpers/seeds.ts';

// The CLI as a user runs it: a real process, a real database file, JSON on stdout.
const BIN = path.resolve(import.meta.dirname, '../bin/regwatch.mjs');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regwatch-cli-'));
const DB = path.join(dir, 'test.db');

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, '--db', DB, ...args], { encoding: 'utf8', cwd: dir });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('regwatch CLI', () => {
  it('ingests the seeds, reports items per document, and adds nothing the second time', () => {
    const first = run('--json', 'ingest', SEEDS);
    expect(first.code).toBe(0);
    const report = JSON.parse(first.stdout) as { documents: { status: string; items: number }[]; summary: { itemsAdded: number } };
    expect(report.documents.map((d) => d.items)).toEqual([38, 5, 5, 88, 11]);
    expect(report.summary.itemsAdded).toBe(147);
    expect(first.stderr).toMatch(/\[5\/5\] added .*004_4ef515dd10a6a40a\.txt: 11 items/);

    const second = run('ingest', SEEDS);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/5 unchanged, 0 failed; 0 items added/);
  });

  it('lists, filters, shows and searches items', () => {
    const listed = JSON.parse(run('--json', 'items', '--category', 'overseas', '--limit', '500').stdout) as { category: string }[];
    expect(listed.length).toBeGreaterThan(10);
    expect(listed.every((i) => i.category === 'overseas')).toBe(true);

    const hits = (JSON.parse(run("--json", "search", "知网").stdout) as { hits: { id: number; title: string }[] }).hits;
    expect(hits[0]!.title).toBe('国家互联网信息办公室对知网依法作出网络安全审查相关行政处罚');

    const shown = run('show', String(hits[0]!.id));
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/penalty\s+50000000 CNY «人民币5000万元»/);
  });

  it('exits non-zero with one clear line per bad file', () => {
    const bad = path.join(dir, 'bad');
    fs.mkdirSync(bad);
    fs.writeFileSync(path.join(bad, 'empty.txt'), '');
    const r = run('ingest', bad, path.join(dir, 'missing.md'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error: .*empty\.txt: the file is empty/);
    expect(r.stderr).toMatch(/error: .*missing\.md: no such file or directory/);
  });

  it('explains a bad query or an unknown item without a stack trace', () => {
    const q = run('search', 'colour:red');
    expect(q.code).toBe(2);
    expect(q.stderr).toMatch(/^regwatch: unknown field "colour:"; use one of category: region: authority: law: article: topic: after: before: fine>=N fine<=N\n$/);
    const limit = run('items', '--limit', 'many');
    expect(limit.code).toBe(2);
    expect(limit.stderr).toBe('regwatch: --limit must be a positive whole number, got "many"\n');
    const id = run('show', 'abc');
    expect(id.code).toBe(2);
    expect(id.stderr).toBe('regwatch: item id must be a positive whole number, got "abc"\n');
    const s = run('show', '999999');
    expect(s.code).toBe(1);
    expect(s.stderr).toBe('regwatch: no item with id 999999\n');
  });

  it('takes counts as plain digits only', () => {
    // Number() would read these as 16 and 1000.
    const hex = run('items', '--limit', '0x10');
    expect(hex.code).toBe(2);
    expect(hex.stderr).toBe('regwatch: --limit must be a positive whole number, got "0x10"\n');
    const exp = run('search', '知网', '--limit', '1e3');
    expect(exp.code).toBe(2);
    expect(exp.stderr).toBe('regwatch: --limit must be a positive whole number, got "1e3"\n');
    const two = JSON.parse(run('--json', 'items', '--limit', '2').stdout) as unknown[];
    expect(two).toHaveLength(2);
  });

  it('scores an evaluation set as published and relaid, and names a layout it does not know', () => {
    const set = path.resolve(import.meta.dirname, 'fixtures/eval-genre-zh');
    const published = run('eval', set);
    const traditional = run('eval', set, '--layout', 'traditional');
    expect(published.code).toBe(0);
    expect(traditional.code).toBe(0);
    const summary = (out: string) => out.split('\n').find((l) => l.startsWith('summary:'));
    expect(summary(traditional.stdout)).toMatch(/items=41\/41/);
    expect(summary(traditional.stdout)).toBe(summary(published.stdout));
    const bad = run('eval', set, '--layout', 'fax');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/'fax' is invalid\. Allowed choices are wrapped, paged, ascii, traditional/);
  });
});
