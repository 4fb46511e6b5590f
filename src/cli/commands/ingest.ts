import type { Command } from 'commander';
import { ingestPaths, type IngestResult } from '../../ingest/service.ts';
import { contextOf, printJson } from '../context.ts';
import { EXIT } from '../errors.ts';

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('ingest documents (files or folders); the same document twice is stored once')
    .argument('<paths...>', 'files or folders of .txt/.md/.pdf/.docx/.html documents')
    .action(async (paths: string[], _opts: unknown, cmd: Command) => {
      const ctx = contextOf(cmd);
      const started = Date.now();
      const results = await ingestPaths(ctx.db(), paths, {
        maxFileBytes: ctx.config.maxFileBytes,
        onResult: (r, i, total) => ctx.err(progressLine(r, i, total)),
      });
      const failed = results.filter((r) => r.status === 'failed').length;
      if (ctx.json) printJson(ctx, { documents: results, summary: summary(results) });
      else ctx.out(summaryLine(results, Date.now() - started));
      process.exitCode = failed > 0 ? EXIT.partial : EXIT.ok;
    });
}

function progressLine(r: IngestResult, i: number, total: number): string {
  const n = `[${i + 1}/${total}]`;
  if (r.status === 'failed') return `${n} error: ${r.error}`;
  if (r.status === 'unchanged') return `${n} unchanged ${r.file} (already stored as document ${r.documentId}, ${r.items} items)`;
  return `${n} ${r.status} ${r.file}: ${r.items} items (document ${r.documentId})`;
}

function summary(results: IngestResult[]) {
  return {
    files: results.length,
    added: results.filter((r) => r.status === 'added').length,
    updated: results.filter((r) => r.status === 'updated').length,
    unchanged: results.filter((r) => r.status === 'unchanged').length,
    failed: results.filter((r) => r.status === 'failed').length,
    itemsAdded: results.reduce((n, r) => n + r.added, 0),
  };
}

function summaryLine(results: IngestResult[], ms: number): string {
  const s = summary(results);
  return `ingested ${s.files} files in ${(ms / 1000).toFixed(1)} s: ${s.added} added, ${s.updated} updated, ${s.unchanged} unchanged, ${s.failed} failed; ${s.itemsAdded} items added`;
}
