import { Command } from 'commander';
import { registerBench } from './commands/bench.ts';
import { registerEval } from './commands/eval.ts';
import { registerEvents } from './commands/events.ts';
import { registerExport } from './commands/export.ts';
import { registerIngest } from './commands/ingest.ts';
import { registerItems } from './commands/items.ts';
import { registerLaws } from './commands/laws.ts';
import { registerReindex } from './commands/reindex.ts';
import { registerSaved } from './commands/saved.ts';
import { registerSearch } from './commands/search.ts';
import { registerServe } from './commands/serve.ts';
import { registerSources } from './commands/sources.ts';
import { registerUser } from './commands/user.ts';
import { registerWatch } from './commands/watch.ts';
import { reportError } from './errors.ts';

// `regwatch items | head` closes the pipe early; that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const program = new Command()
  .name('regwatch')
  .description('Regulatory intelligence for cybersecurity and data-protection law')
  .option('--db <path|url>', 'SQLite database file or postgres:// URL (default ./regwatch.db, or REGWATCH_DB)')
  .option('--json', 'machine-readable output on stdout')
  .option('--max-file-mb <n>', 'refuse files larger than this (default 50, or REGWATCH_MAX_FILE_MB)')
  .option('--debug', 'print stack traces for internal errors')
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

registerIngest(program);
registerItems(program);
registerSearch(program);
registerEvents(program);
registerServe(program);
registerEval(program);
registerBench(program);
registerLaws(program);
registerExport(program);
registerSources(program);
registerWatch(program);
registerSaved(program);
registerReindex(program);
registerUser(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  process.exitCode = reportError(err, Boolean(program.opts().debug));
}
