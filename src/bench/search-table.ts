import type { SearchBenchReport } from './search.ts';

// Markdown lines for the README's Performance section, one block per corpus size.

export function searchTable(reports: SearchBenchReport[]): string[] {
  const lines: string[] = [];
  lines.push('| items | build | DB size | query kind | queries | p50 ms | p95 ms | p99 ms | median matches |');
  lines.push('| ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const r of reports) {
    const build = r.build.reused ? `${r.build.seconds} s (earlier run)` : `${r.build.seconds} s`;
    for (const [i, k] of [...r.kinds, r.text].entries()) {
      const head = i === 0 ? [r.build.items.toLocaleString('en'), build, `${r.build.dbMegabytes} MB`] : ['', '', ''];
      const kind = k.kind === 'text' ? '**all text kinds**' : k.kind;
      lines.push(`| ${[...head, kind, k.queries, k.p50Ms, k.p95Ms, k.p99Ms, k.medianTotal].join(' | ')} |`);
    }
  }
  lines.push('');
  lines.push('| items | naive `LIKE` scans | naive median ms | speed-up median | speed-up worst | search peak RSS |');
  lines.push('| ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of reports) {
    lines.push(`| ${r.build.items.toLocaleString('en')} | ${r.naive.queries} | ${r.naive.medianMs} | ${r.naive.medianSpeedup}× | ${r.naive.minSpeedup}× | ${r.peakRssMb} MB |`);
  }
  return lines;
}
