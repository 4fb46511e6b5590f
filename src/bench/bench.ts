import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { ingestPaths } from '../ingest/service.ts';
import { analyse } from '../ingest/service.ts';
import { expandPaths } from '../ingest/files.ts';
import { readDocumentFile } from '../ingest/read.ts';
import { searchItems } from '../search/search.ts';
import { openDb } from '../store/db.ts';
import { countItems } from '../store/items.ts';

// Benchmarks for the README. Numbers come from this machine and this run; nothing here asserts a
// time (tests never do).

export interface BenchReport {
  corpus: { documents: number; megabytes: number; copies: number };
  ingest: { seconds: number; mbPerSecond: number; itemsPerSecond: number; items: number; peakRssMb: number };
  extract: { seconds: number; mbPerSecond: number; jiebaSeconds: number; ratioToJieba: number };
  search: { query: string; results: number; medianMs: number; p95Ms: number }[];
}

const QUERIES = ['知网', '网', '人民法院', '数据安全法 罚款', '"数据出境安全评估"', 'category:enforcement region:江苏', 'EDPB', '个人信息 -罚款'];

export function runBench(corpusDir: string, copies: number, log: (s: string) => void): BenchReport {
  const files = expandPaths([corpusDir]).filter((f) => /\.(txt|md)$/i.test(f));
  const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'regwatch-bench-'));
  try {
    // Copies differ by one line so that each is a new document, as a month of distinct news would be.
    let bytes = 0;
    for (let c = 0; c < copies; c++) {
      texts.forEach((t, i) => {
        const body = `${t}\n\n（第 ${c + 1} 份副本）\n`;
        bytes += Buffer.byteLength(body);
        fs.writeFileSync(path.join(work, `copy${c}-${i}.txt`), body);
      });
    }
    const megabytes = bytes / 1024 / 1024;
    log(`corpus: ${files.length} documents × ${copies} copies = ${megabytes.toFixed(1)} MB`);

    const db = openDb(path.join(work, 'bench.db'));
    let peak = process.memoryUsage().rss;
    const t0 = performance.now();
    ingestPaths(db, [work], {
      maxFileBytes: 50 * 1024 * 1024,
      onResult: () => {
        peak = Math.max(peak, process.memoryUsage().rss);
      },
    });
    const ingestSeconds = (performance.now() - t0) / 1000;
    const items = countItems(db);
    log(`ingest: ${ingestSeconds.toFixed(2)} s, ${items} items`);

    const docs = files.map((f) => readDocumentFile(f, 50 * 1024 * 1024).text);
    const docMb = docs.reduce((n, d) => n + Buffer.byteLength(d), 0) / 1024 / 1024;
    const rounds = 5;
    const t1 = performance.now();
    for (let r = 0; r < rounds; r++) for (const d of docs) analyse(d);
    const extractSeconds = (performance.now() - t1) / 1000;
    const jieba = Jieba.withDict(dict);
    const t2 = performance.now();
    for (let r = 0; r < rounds; r++) for (const d of docs) jieba.cut(d, false);
    const jiebaSeconds = (performance.now() - t2) / 1000;
    log(`extract: ${extractSeconds.toFixed(2)} s vs jieba ${jiebaSeconds.toFixed(2)} s`);

    const search = QUERIES.map((query) => {
      const times: number[] = [];
      let results = 0;
      for (let i = 0; i < 30; i++) {
        const s = performance.now();
        results = searchItems(db, query, { limit: 20 }).length;
        times.push(performance.now() - s);
      }
      times.sort((a, b) => a - b);
      return { query, results, medianMs: round(times[15]!), p95Ms: round(times[28]!) };
    });
    db.close();
    return {
      corpus: { documents: files.length * copies, megabytes: round(megabytes), copies },
      ingest: {
        seconds: round(ingestSeconds),
        mbPerSecond: round(megabytes / ingestSeconds),
        itemsPerSecond: Math.round(items / ingestSeconds),
        items,
        peakRssMb: Math.round(peak / 1024 / 1024),
      },
      extract: {
        seconds: round(extractSeconds),
        mbPerSecond: round((docMb * rounds) / extractSeconds),
        jiebaSeconds: round(jiebaSeconds),
        ratioToJieba: round(extractSeconds / jiebaSeconds),
      },
      search,
    };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
