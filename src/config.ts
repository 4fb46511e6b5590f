import path from 'node:path';
import { z } from 'zod';
import { ConfigError } from './errors.ts';

// The one place that reads the environment. Flags given on the command line override it; both are
// validated together so a bad setting is reported with every other bad setting at start-up.

const schema = z.object({
  REGWATCH_DB: z.string().min(1).default('regwatch.db'),
  REGWATCH_MAX_FILE_MB: z.coerce.number().positive().max(10_000).default(50),
});

export interface Config {
  /** SQLite file path (resolved against the working directory). */
  dbPath: string;
  /** Files larger than this are refused before they are read. */
  maxFileBytes: number;
}

export interface ConfigOverrides {
  db?: string | undefined;
  maxFileMb?: number | string | undefined;
}

export function loadConfig(
  overrides: ConfigOverrides = {},
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
): Config {
  const parsed = schema.safeParse({
    REGWATCH_DB: overrides.db ?? env.REGWATCH_DB ?? undefined,
    REGWATCH_MAX_FILE_MB: overrides.maxFileMb ?? env.REGWATCH_MAX_FILE_MB ?? undefined,
  });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const db = parsed.data.REGWATCH_DB;
  if (/^postgres(ql)?:\/\//.test(db)) {
    throw new ConfigError('PostgreSQL is not supported yet: REGWATCH_DB must be a SQLite file path');
  }
  return {
    dbPath: db === ':memory:' ? db : path.resolve(cwd, db),
    maxFileBytes: Math.round(parsed.data.REGWATCH_MAX_FILE_MB * 1024 * 1024),
  };
}
