import type { Command } from 'commander';
import { loadConfig, type Config } from '../config.ts';
import { openStore } from '../store/open.ts';
import type { Sql } from '../store/sql.ts';

export interface GlobalOptions {
  db?: string;
  json?: boolean;
  maxFileMb?: string;
}

/** Everything a command needs, built from the global flags. */
export interface CliContext {
  config: Config;
  json: boolean;
  /** The store, opened (and migrated) on first use. */
  db: () => Promise<Sql>;
  out: (line: string) => void;
  err: (line: string) => void;
}

export function contextOf(cmd: Command): CliContext {
  const opts = cmd.optsWithGlobals<GlobalOptions>();
  const config = loadConfig({ db: opts.db, maxFileMb: opts.maxFileMb });
  let db: Promise<Sql> | undefined;
  return {
    config,
    json: Boolean(opts.json),
    db: () => (db ??= openStore(config.dbPath)),
    out: (line) => process.stdout.write(line + '\n'),
    err: (line) => process.stderr.write(line + '\n'),
  };
}

export function printJson(ctx: CliContext, value: unknown): void {
  ctx.out(JSON.stringify(value, null, 2));
}
