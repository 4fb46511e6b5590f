import cliProgress from 'cli-progress';
import type { IngestResult } from './service.ts';

/** Reports ingest progress: a bar with rate and ETA on a terminal, one plain line per file otherwise. */
export interface IngestProgress {
  /** One result of file `index` (0-based) of `total`; a mail with attachments gives several. */
  onResult(r: IngestResult, index: number, total: number): void;
  /** Stops the bar and prints the failures it held back. */
  done(): void;
}

export interface ProgressOptions {
  /** Draw a bar (stderr is a terminal). */
  tty: boolean;
  /** Writes one line (to stderr). */
  write: (line: string) => void;
  stream?: NodeJS.WritableStream;
}

export function ingestProgress(opts: ProgressOptions): IngestProgress {
  if (!opts.tty) {
    return { onResult: (r, i, total) => opts.write(progressLine(r, i, total)), done: () => {} };
  }
  // Terminal: a bar redrawn in place; failures are kept and printed under it at the end, so every
  // bad file is still named on its own line.
  const bar = new cliProgress.SingleBar(
    {
      stream: opts.stream ?? process.stderr,
      format: '{bar} {value}/{total} files | {rate} files/s | ETA {eta_formatted} | {file}',
      hideCursor: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const failures: string[] = [];
  const started = Date.now();
  let last = -1;
  let running = false;
  return {
    onResult(r, i, total) {
      if (!running) bar.start(total, 0, { rate: '0.0', file: '' });
      running = true;
      if (r.status === 'failed') failures.push(progressLine(r, i, total));
      if (i === last) return;
      last = i;
      const rate = (i + 1) / Math.max((Date.now() - started) / 1000, 0.001);
      bar.update(i + 1, { rate: rate.toFixed(1), file: r.file.length > 40 ? '…' + r.file.slice(-39) : r.file });
    },
    done() {
      if (running) bar.stop();
      for (const f of failures) opts.write(f);
    },
  };
}

/** The plain line for one result: `[3/500] added a.pdf: 12 items (document 7)`. */
export function progressLine(r: IngestResult, i: number, total: number): string {
  const n = `[${i + 1}/${total}]`;
  if (r.status === 'failed') return `${n} error: ${r.error}`;
  if (r.status === 'unchanged') return `${n} unchanged ${r.file} (already stored as document ${r.documentId}, ${r.items} items)`;
  return `${n} ${r.status} ${r.file}: ${r.items} items (document ${r.documentId})`;
}
