import { CommanderError } from 'commander';
import { ConfigError, InputError, NotFoundError, QueryError, RegwatchError } from '../errors.ts';
import { EvalSetError } from '../eval/load.ts';

/** Exit codes: 0 ok, 1 some inputs failed, 2 usage or configuration error, 3 internal error. */
export const EXIT = { ok: 0, partial: 1, usage: 2, internal: 3 } as const;

/** The one place errors become CLI messages and exit codes. */
export function reportError(err: unknown, debug = false): number {
  if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
  if (err instanceof QueryError || err instanceof ConfigError) return fail(err.message, EXIT.usage);
  if (err instanceof NotFoundError || err instanceof InputError || err instanceof EvalSetError) {
    return fail(err.message, EXIT.partial);
  }
  if (err instanceof RegwatchError) return fail(err.message, EXIT.partial);
  const e = err as Error;
  process.stderr.write(`regwatch: internal error: ${e.message}\n${debug ? (e.stack ?? '') + '\n' : ''}`);
  return EXIT.internal;
}

function fail(message: string, code: number): number {
  process.stderr.write(`regwatch: ${message}\n`);
  return code;
}
