import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAWS } from './__fixtures__/laws.ts';

// `regwatch laws …` as a user runs it: a real process and database file.
const BIN = path.resolve(import.meta.dirname, '../../bin/regwatch.mjs');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regwatch-laws-cli-'));
const DB = path.join(dir, 'test.db');

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, '--db', DB, ...args], { encoding: 'utf8', cwd: dir });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('regwatch laws', () => {
  it('imports the folder and the catalogue, and changes nothing the second time', () => {
    const first = run('--json', 'laws', 'import', LAWS);
    expect(first.code).toBe(0);
    const report = JSON.parse(first.stdout) as { added: string[]; withoutText: string[]; warnings: string[] };
    expect(report.added).toHaveLength(18);
    expect(report.withoutText).toContain('cybersecurity-law-2025');
    expect(report.warnings).toEqual([]);
    const second = run('laws', 'import', LAWS);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/0 added, 0 updated, 18 unchanged/);
  });

  it('lists laws with versions, article counts and flags', () => {
    const text = run('laws', 'list');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/cybersecurity-law-2016 +79 articles +2017-06-01 – 2025-12-31 +superseded, outdated/);
    expect(text.stdout).toMatch(/outbound-data-transfer-security-assessment-measures-2022 +no text/);
    const laws = JSON.parse(run('--json', 'laws', 'list').stdout) as { title: string; versions: { articleCount: number }[] }[];
    expect(laws.find((l) => l.title === '中华人民共和国刑法')?.versions[0]?.articleCount).toBe(505);
  });

  it('shows an article with numbered 款, by alias and by Chinese label', () => {
    const shown = run('laws', 'show', '数安法', '第四十五条');
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/^中华人民共和国数据安全法 第四十五条 {2}\[data-security-law-2021\]/);
    expect(shown.stdout).toMatch(/\n第1款 {2}开展数据处理活动的组织、个人不履行/);
    expect(shown.stdout).toMatch(/\n第2款 {2}违反国家核心数据管理制度/);
    const json = JSON.parse(run('--json', 'laws', 'show', 'Criminal Law', '253之一').stdout) as { article: { label: string; paragraphs: string[] } };
    expect(json.article.label).toBe('第二百五十三条之一');
    expect(json.article.paragraphs).toHaveLength(4);
  });

  it('shows a law with its versions and chapters', () => {
    const shown = run('laws', 'show', 'CSL');
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/cybersecurity-law-2025 +no text +2026-01-01 –/);
    expect(shown.stdout).toMatch(/第六章 法律责任 {2}第五十九条–第七十五条 \(17\)/);
    expect(shown.stderr).toMatch(/note: showing cybersecurity-law-2016; newer cybersecurity-law-2025 has no text/);
  });

  it('explains what it cannot show', () => {
    const later = run('laws', 'show', '网络安全法', '59', '--date', '2026-03-01');
    expect(later.code).toBe(1);
    expect(later.stderr).toMatch(/version cybersecurity-law-2025 has no text in the corpus/);
    const missing = run('laws', 'show', '网络安全法', '80');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('regwatch: 第八十条 is not in cybersecurity-law-2016 (79 articles)\n');
    expect(run('laws', 'show', 'GDPR').stderr).toMatch(/no law known as "GDPR"/);
    expect(run('laws', 'show', 'PIPL', 'x').code).toBe(2);
    const folder = run('laws', 'import', path.join(dir, 'nowhere'));
    expect(folder.code).toBe(1);
    expect(folder.stderr).toMatch(/nowhere: no such folder/);
  });
});
