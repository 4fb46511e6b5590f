import fs from 'node:fs';
import path from 'node:path';
import { watch as chokidarWatch } from 'chokidar';
import type { Sql } from '../store/sql.ts';
import { findCurrentBySource } from '../store/documents.ts';
import { isSupportedFile } from './read.ts';
import { ingestFile, type IngestOptions, type IngestResult } from './service.ts';

// Editors, browsers and office suites write these while a file is on its way; they are never documents.
const TEMP_NAME = /^\.|^~\$|~$|\.(tmp|temp|part|partial|crdownload|download|swp|swx|lock)$/i;

export function isTempFile(file: string): boolean {
  return TEMP_NAME.test(path.basename(file));
}

export interface WatchOptions {
  maxFileBytes: number;
  /** Called once per file handled (one call per document: a mail with attachments gives several). */
  onResult?: (r: IngestResult) => void;
  /** A file that did not change since it was ingested (size and mtime), e.g. after a restart. */
  onSkip?: (file: string) => void;
  onError?: (err: Error) => void;
  /** Called once the folder has been scanned and its existing files handled. */
  onReady?: () => void;
  /** How long a file's size must stay the same before it is read (ms); default 2000. */
  stableMs?: number;
  /** Poll instead of file-system events (network shares); default false. */
  usePolling?: boolean;
  now?: () => Date;
}

export interface WatchHandle {
  /** Stops watching and resolves once the file being ingested (if any) is stored. */
  close(): Promise<void>;
}

/**
 * Watches a folder (recursively) and ingests every supported file dropped into it, once it has
 * finished being written. Files are ingested one at a time, in arrival order. The same content
 * under another name is stored once (content hash); a file whose size and mtime have not changed
 * since it was handled is not read again: in this process from memory, after a restart from the
 * stored document of the same path (its byte size, and an mtime older than its ingest time).
 */
export function watchFolder(sql: Sql, dir: string, opts: WatchOptions): WatchHandle {
  const seen = new Map<string, string>(); // absolute path → size:mtime handled
  let queue: Promise<void> = Promise.resolve();
  let closed = false;

  const handle = (file: string) => {
    queue = queue.then(async () => {
      if (closed) return;
      let stat: fs.Stats;
      try {
        stat = fs.statSync(file);
      } catch {
        return; // gone again before we got to it
      }
      if (!stat.isFile()) return;
      const abs = path.resolve(file);
      const key = `${stat.size}:${stat.mtimeMs}`;
      if (seen.get(abs) === key) return;
      seen.set(abs, key);
      try {
        if (await storedUnchanged(sql, abs, stat)) return opts.onSkip?.(file);
        for (const r of await ingestFile(sql, file, opts)) opts.onResult?.(r);
      } catch (err) {
        opts.onError?.(err as Error);
      }
    });
  };

  const watcher = chokidarWatch(dir, {
    ignored: (p, stats) => isTempFile(p) || (stats?.isFile() === true && !isSupportedFile(p)),
    ignoreInitial: false,
    awaitWriteFinish: { stabilityThreshold: opts.stableMs ?? 2000, pollInterval: Math.min(100, opts.stableMs ?? 2000) },
    usePolling: opts.usePolling ?? false,
  });
  watcher.on('add', handle);
  watcher.on('change', handle);
  watcher.on('error', (err) => opts.onError?.(err as Error));
  watcher.on('ready', () => {
    // Signal readiness after the files found by the initial scan are handled.
    queue = queue.then(() => opts.onReady?.());
  });

  return {
    async close() {
      closed = true;
      await watcher.close();
      await queue;
    },
  };
}

async function storedUnchanged(sql: Sql, abs: string, stat: fs.Stats): Promise<boolean> {
  const doc = await findCurrentBySource(sql, abs);
  return doc !== undefined && doc.bytes === stat.size && stat.mtimeMs <= Date.parse(doc.ingestedAt);
}
