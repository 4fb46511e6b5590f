import { serve } from '@hono/node-server';
import type { Command } from 'commander';
import { tagsComplete } from '../../search/tags.ts';
import { HttpClient } from '../../sources/http.ts';
import { startScheduler, type Scheduler } from '../../sources/scheduler.ts';
import { ConfigError } from '../../errors.ts';
import { countUsers } from '../../store/users.ts';
import { createApp } from '../../web/app.ts';
import { isLoopback } from '../../web/auth/bind.ts';
import { positiveInt } from '../args.ts';
import { contextOf } from '../context.ts';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the web app (search, items, laws, dashboard, deadlines) and the JSON API under /api and run due sources on their schedule')
    .option('--port <n>', 'port', positiveInt('--port'), 8080)
    .option('--host <addr>', 'address to listen on; any but loopback (127.0.0.1, ::1) requires signing in', '127.0.0.1')
    .option('--no-scheduler', 'do not fetch sources while serving')
    .action(async (opts: { port: number; host: string; scheduler: boolean }, cmd: Command) => {
      const ctx = contextOf(cmd);
      const sql = await ctx.db();
      // On loopback only this machine's user can connect: no login. Anywhere else, accounts are required.
      const mode = isLoopback(opts.host) ? 'open' : 'login';
      if (mode === 'login' && (await countUsers(sql)) === 0) {
        throw new ConfigError(
          `refusing to serve on ${opts.host} without accounts: anyone on the network could read and edit. ` +
            'Create one with `regwatch user add <name> --role admin`, or serve on 127.0.0.1.',
        );
      }
      if (sql.dialect === 'sqlite' && !(await tagsComplete(sql))) {
        ctx.err('note: this store was indexed before filter tags; run `regwatch reindex` once to make text searches with filters fast');
      }
      const app = createApp(sql, { access: { mode, ...ctx.config.web } });
      const shown = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
      const server = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host }, (info) => {
        ctx.err(`regwatch on http://${shown}:${info.port}/ (${mode === 'open' ? 'loopback, no login' : 'sign-in required'})`);
        if (mode === 'login' && !ctx.config.web.secureCookies) {
          ctx.err('warning: cookies are not marked Secure; serve behind HTTPS and set REGWATCH_SECURE_COOKIES=1');
        }
      });
      server.on('error', (err: NodeJS.ErrnoException) => {
        ctx.err(`regwatch: cannot listen on ${shown}:${opts.port}: ${err.code === 'EADDRINUSE' ? 'the port is in use' : err.message}`);
        process.exit(2);
      });
      let scheduler: Scheduler | null = null;
      if (opts.scheduler) {
        scheduler = startScheduler(sql, {
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
