import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { expandPaths } from '../ingest/files.ts';
import { analyse, ingestPaths } from '../ingest/service.ts';
import { normalizeText } from '../text/normalize.ts';
import { searchItems } from '../search/search.ts';
import { openStore } from '../store/open.ts';
import type { Sql } from '../store/sql.ts';
import { countItems } from '../store/items.ts';

// Benchmarks for the README. Numbers come from this machine and this run; nothing here asserts a
// time (tests never do).

export interface IngestBench {
  documents: number;
  megabytes: number;
  seconds: number;
  mbPerSecond: number;
  items: number;
  itemsPerSecond: number;
  peakRssMb: number;
}
export interface ExtractBench {
  megabytes: number;
  items: number;
  seconds: number;
  mbPerSecond: number;
  itemsPerSecond: number;
  jiebaSeconds: number;
  ratioToJieba: number;
  /** Throughput of the fastest round: on a machine shared with other work, the steadiest figure. */
  bestRoundMbPerSecond: number;
}
export interface SearchBench {
  query: string;
  results: number;
  medianMs: number;
  p95Ms: number;
}

const QUERIES = ['知网', '网', '人民法院', '数据安全法 罚款', '"数据出境安全评估"', 'category:enforcement region:江苏', 'law:数据安全法 article:45', 'EDPB', '个人信息 -罚款', 'fine>=100000'];

function corpusTexts(dir: string): string[] {
  return expandPaths([dir])
    .filter((f) => /\.(txt|md)$/i.test(f))
    .map((f) => fs.readFileSync(f, 'utf8'));
}

/**
 * Ingests `copies` copies of the corpus (each copy a distinct document) into a fresh SQLite database
 * in `work`, or into `target` (a PostgreSQL URL of an empty database) when given.
 */
export async function benchIngest(corpusDir: string, copies: number, work: string, target?: string): Promise<{ report: IngestBench; db: Sql }> {
  const texts = corpusTexts(corpusDir);
  let bytes = 0;
  const docs = path.join(work, 'docs');
  fs.mkdirSync(docs, { recursive: true });
  for (let c = 0; c < copies; c++) {
    texts.forEach((t, i) => {
      const body = `${t}\n\n（第 ${c + 1} 份副本）\n`;
      bytes += Buffer.byteLength(body);
      fs.writeFileSync(path.join(docs, `copy${c}-${i}.txt`), body);
    });
  }
  const db = await openStore(target ?? path.join(work, 'bench.db'));
  let peak = process.memoryUsage().rss;
  const t0 = performance.now();
  await ingestPaths(db, [docs], {
    maxFileBytes: 50 * 1024 * 1024,
    onResult: () => {
      peak = Math.max(peak, process.memoryUsage().rss);
    },
  });
  const seconds = (performance.now() - t0) / 1000;
  const items = await countItems(db);
  const megabytes = bytes / 1024 / 1024;
  return {
    db,
    report: {
      documents: texts.length * copies,
      megabytes: round(megabytes),
      seconds: round(seconds),
      mbPerSecond: round(megabytes / seconds),
      items,
      itemsPerSecond: Math.round(items / seconds),
      peakRssMb: Math.round(peak / 1024 / 1024),
    },
  };
}

/**
 * Segmentation + extraction of the corpus against one plain jieba segmentation pass over it. The
 * two alternate round by round and the ratio is the median of the rounds' ratios, so that other
 * work on the machine slows both sides alike instead of skewing the figure that matters.
 */
export function benchExtract(corpusDir: string, rounds = 20): ExtractBench {
  const docs = corpusTexts(corpusDir).map(normalizeText);
  const megabytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0) / 1024 / 1024;
  const jieba = Jieba.withDict(dict);
  // Warm-up: dictionaries and matchers are built on first use.
  for (const d of docs) analyse(d);
  for (const d of docs) jieba.cut(d, false);
  let items = 0;
  let seconds = 0;
  let jiebaSeconds = 0;
  const ratios: number[] = [];
  let fastest = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t1 = performance.now();
    for (const d of docs) items += analyse(d).length;
    const t2 = performance.now();
    for (const d of docs) jieba.cut(d, false);
    const t3 = performance.now();
    seconds += (t2 - t1) / 1000;
    jiebaSeconds += (t3 - t2) / 1000;
    ratios.push((t2 - t1) / (t3 - t2));
    fastest = Math.min(fastest, (t2 - t1) / 1000);
  }
  return {
    megabytes: round(megabytes * rounds),
    items,
    seconds: round(seconds),
    mbPerSecond: round((megabytes * rounds) / seconds),
    itemsPerSecond: Math.round(items / seconds),
    jiebaSeconds: round(jiebaSeconds),
    ratioToJieba: round(median(ratios)),
    bestRoundMbPerSecond: round(megabytes / fastest),
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export async function benchSearch(db: Sql): Promise<SearchBench[]> {
  const out: SearchBench[] = [];
  for (const query of QUERIES) {
    const times: number[] = [];
    let results = 0;
    for (let i = 0; i < 30; i++) {
      const s = performance.now();
      results = (await searchItems(db, query, { limit: 20 })).length;
      times.push(performance.now() - s);
    }
    times.sort((a, b) => a - b);
    out.push({ query, results, medianMs: round(times[15]!), p95Ms: round(times[28]!) });
  }
  return out;
}

export async function withWorkDir<T>(fn: (dir: string) => Promise<T> | T): Promise<T> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'regwatch-bench-'));
  try {
    return await fn(work);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
