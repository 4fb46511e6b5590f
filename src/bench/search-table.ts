import type { SearchBenchReport } from './search.ts';

// Markdown lines for the README's Performance section, one block per corpus size. CPU time is that
// of the query process; on PostgreSQL the work happens in the server, so CPU figures are left out
// there ('—') rather than shown as a misleadingly small client share.

export function searchTable(reports: SearchBenchReport[]): string[] {
  const lines: string[] = [];
  lines.push('| items | build | DB size | query kind | queries | p50 ms | p95 ms | p99 ms | CPU p50 ms | CPU p95 ms | median matches |');
  lines.push('| ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of reports) {
    const client = r.backend === 'postgres';
    const cpu = r.build.cpuSeconds === undefined || client ? '' : ` (CPU ${r.build.cpuSeconds} s)`;
    const build = `${r.build.seconds} s${cpu}${r.build.reused ? ', earlier run' : ''}`;
    for (const [i, k] of [...r.kinds, r.text].entries()) {
      const head = i === 0 ? [r.build.items.toLocaleString('en'), build, `${r.build.dbMegabytes} MB`] : ['', '', ''];
      const kind = k.kind === 'text' ? '**all text kinds**' : k.kind;
      lines.push(`| ${[...head, kind, k.queries, k.p50Ms, k.p95Ms, k.p99Ms, client ? '—' : k.cpuP50Ms, client ? '—' : k.cpuP95Ms, k.medianTotal].join(' | ')} |`);
    }
  }
  lines.push('');
  lines.push('| items | naive `LIKE` scans | naive median ms (CPU) | speed-up median (CPU) | speed-up worst (CPU) | search peak RSS |');
  lines.push('| ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of reports) {
    const n = r.naive;
    const cpu = (v: number, unit = '') => (r.backend === 'postgres' ? '' : ` (${v}${unit})`);
    lines.push(`| ${r.build.items.toLocaleString('en')} | ${n.queries} | ${n.medianMs}${cpu(n.cpuMedianMs)} | ${n.medianSpeedup}×${cpu(n.cpuMedianSpeedup, '×')} | ${n.minSpeedup}×${cpu(n.cpuMinSpeedup, '×')} | ${r.peakRssMb} MB |`);
  }
  return lines;
}
