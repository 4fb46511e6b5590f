import { chromiumAvailable, CHROMIUM_PATH } from '../publish/pdf.ts';
import { composeNewsletter } from '../publish/compose.ts';
import { FORMATS, renderNewsletter, type Format } from '../publish/newsletter.ts';
import type { Sql } from '../store/sql.ts';

// `regwatch bench export`: time and peak memory to produce one newsletter in each format, from a
// database the caller filled (the seeds in copies). Memory is this process's RSS, sampled every
// 5 ms while a format renders; Chromium's own memory (pdf) is not included.

export interface ExportBench {
  format: Format;
  from: string;
  to: string;
  entries: number;
  bytes: number;
  seconds: number;
  peakRssMb: number;
  /** Growth of the RSS over the value before this format started. */
  rssDeltaMb: number;
}

export interface ExportBenchOptions {
  from: string;
  to: string;
  publisher: string;
  disclaimer: string;
  chromiumPath?: string;
  /** Default: every format (pdf only when Chromium is installed). */
  formats?: readonly Format[];
}

export async function benchExport(sql: Sql, opts: ExportBenchOptions): Promise<{ results: ExportBench[]; skipped: string[] }> {
  const chromium = opts.chromiumPath ?? CHROMIUM_PATH;
  const results: ExportBench[] = [];
  const skipped: string[] = [];
  for (const format of opts.formats ?? FORMATS) {
    if (format === 'pdf' && !chromiumAvailable(chromium)) {
      skipped.push(`pdf: ${chromium} not found`);
      continue;
    }
    globalThis.gc?.();
    const start = process.memoryUsage().rss;
    let peak = start;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    const t0 = performance.now();
    // Composing is part of producing the newsletter, so each format composes afresh.
    const newsletter = await composeNewsletter(sql, { from: opts.from, to: opts.to, publisher: opts.publisher, disclaimer: opts.disclaimer });
    peak = Math.max(peak, process.memoryUsage().rss);
    const output = await renderNewsletter(newsletter, format, format === 'pdf' ? { chromiumPath: chromium } : {});
    const seconds = (performance.now() - t0) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    results.push({
      format,
      from: opts.from,
      to: opts.to,
      entries: newsletter.sections.reduce((n, s) => n + s.groups.reduce((m, g) => m + g.entries.length, 0), 0),
      bytes: typeof output === 'string' ? Buffer.byteLength(output) : output.length,
      seconds: Math.round(seconds * 1000) / 1000,
      peakRssMb: Math.round(peak / 1024 / 1024),
      rssDeltaMb: Math.round((peak - start) / 1024 / 1024),
    });
  }
  return { results, skipped };
}
