import type { Command } from 'commander';
import { expandPaths } from '../../ingest/files.ts';
import { ingestProgress } from '../../ingest/progress.ts';
import { ingestFile, type IngestResult } from '../../ingest/service.ts';
import { contextOf, printJson } from '../context.ts';
import { EXIT } from '../errors.ts';

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('ingest documents (files or folders); the same document twice is stored once')
    .argument('<paths...>', 'files or folders of .txt/.md/.pdf/.docx/.html/.eml documents (mail attachments are stored as documents too)')
    .action(async (paths: string[], _opts: unknown, cmd: Command) => {
      const ctx = contextOf(cmd);
      const started = Date.now();
      const db = await ctx.db();
      const files = expandPaths(paths);
      // A bar with rate and ETA on a terminal; one line per file when stderr is a pipe or a log.
      const progress = ingestProgress({ tty: Boolean(process.stderr.isTTY), write: ctx.err });
      const results: IngestResult[] = [];
      for (const [i, file] of files.entries()) {
        for (const r of await ingestFile(db, file, { maxFileBytes: ctx.config.maxFileBytes })) {
          results.push(r);
          progress.onResult(r, i, files.length);
        }
      }
      progress.done();
      const failed = results.filter((r) => r.status === 'failed').length;
      if (ctx.json) printJson(ctx, { documents: results, summary: summary(results) });
      else ctx.out(summaryLine(results, Date.now() - started));
      process.exitCode = failed > 0 ? EXIT.partial : EXIT.ok;
    });
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
