import { serve } from '@hono/node-server';
import type { Command } from 'commander';
import { HttpClient } from '../../sources/http.ts';
import { startScheduler, type Scheduler } from '../../sources/scheduler.ts';
import { createApp } from '../../web/api.ts';
import { positiveInt } from '../args.ts';
import { contextOf } from '../context.ts';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the JSON API (GET /api/search?q=…, /api/items/:id, /api/sources) on 127.0.0.1 and run due sources on their schedule')
    .option('--port <n>', 'port', positiveInt('--port'), 8080)
    .option('--no-scheduler', 'do not fetch sources while serving')
    .action(async (opts: { port: number; scheduler: boolean }, cmd: Command) => {
      const ctx = contextOf(cmd);
      const db = await ctx.db();
      // Bound to loopback only: there is no login yet, so nothing is exposed to the network.
      const server = serve({ fetch: createApp(db).fetch, port: opts.port, hostname: '127.0.0.1' }, (info) => {
        ctx.err(`regwatch API on http://127.0.0.1:${info.port}/api/search?q=知网`);
      });
      let scheduler: Scheduler | null = null;
      if (opts.scheduler) {
        scheduler = startScheduler(db, {
          http: new HttpClient(ctx.config.fetch),
          onRun: (r) => {
            if (r.status === 'failed') ctx.err(`source ${r.sourceId} ${r.name}: error: ${r.error}`);
            else ctx.err(`source ${r.sourceId} ${r.name}: ${r.status}, ${r.found} found, ${r.new} new${r.warning ? `; warning: ${r.warning}` : ''}`);
          },
        });
        ctx.err('source scheduler on (--no-scheduler to disable)');
      }
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        ctx.err('stopping: finishing source runs in progress…');
        void (scheduler?.close() ?? Promise.resolve()).then(() => server.close(() => process.exit(0)));
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
}
