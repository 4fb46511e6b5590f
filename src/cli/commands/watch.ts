import path from 'node:path';
import type { Command } from 'commander';
import { progressLine } from '../../ingest/progress.ts';
import { watchFolder } from '../../ingest/watch.ts';
import { contextOf } from '../context.ts';
import { EXIT } from '../errors.ts';

export function registerWatch(program: Command): void {
  program
    .command('watch')
    .description('ingest every document dropped into a folder (once each, after it has finished being written); Ctrl-C stops')
    .argument('<dir>', 'folder to watch (recursively); hidden and temporary files are ignored')
    .option('--poll', 'poll the folder instead of using file-system events (network shares)')
    .action(async (dir: string, opts: { poll?: boolean }, cmd: Command) => {
      const ctx = contextOf(cmd);
      const db = await ctx.db();
      let handled = 0;
      let failed = 0;
      const handle = watchFolder(db, dir, {
        maxFileBytes: ctx.config.maxFileBytes,
        usePolling: Boolean(opts.poll),
        onResult: (r) => {
          handled++;
          if (r.status === 'failed') failed++;
          const line = progressLine(r, handled - 1, handled).replace(/^\[\d+\/\d+\] /, '');
          if (ctx.json) ctx.out(JSON.stringify(r));
          else ctx.out(`${new Date().toISOString()} ${line}`);
        },
        onError: (err) => ctx.err(`watch error: ${err.message}`),
        onReady: () => ctx.err(`watching ${path.resolve(dir)} (Ctrl-C to stop)`),
      });
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          ctx.err('stopping: finishing the file in progress…');
          void handle.close().then(resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      ctx.err(`stopped; ${handled} documents handled, ${failed} failed`);
      process.exitCode = failed > 0 ? EXIT.partial : EXIT.ok;
    });
}
