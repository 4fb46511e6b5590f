import { serve } from '@hono/node-server';
import type { Command } from 'commander';
import { createApp } from '../../web/api.ts';
import { contextOf } from '../context.ts';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the JSON API (GET /api/search?q=…, GET /api/items/:id) on 127.0.0.1')
    .option('--port <n>', 'port', (v) => Number(v), 8080)
    .action((opts: { port: number }, cmd: Command) => {
      const ctx = contextOf(cmd);
      // Bound to loopback only: there is no login yet, so nothing is exposed to the network.
      const server = serve({ fetch: createApp(ctx.db()).fetch, port: opts.port, hostname: '127.0.0.1' }, (info) => {
        ctx.err(`regwatch API on http://127.0.0.1:${info.port}/api/search?q=知网`);
      });
      process.on('SIGINT', () => server.close(() => process.exit(0)));
    });
}
