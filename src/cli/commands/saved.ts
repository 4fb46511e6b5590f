import type { Command } from 'commander';
import { deliverAlerts, type DeliveryResult } from '../../alerts/deliver.ts';
import { FEED_FORMATS, renderFeed, type FeedFormat } from '../../alerts/feed.ts';
import { publicView, saveSearch } from '../../alerts/saved.ts';
import { ConfigError, NotFoundError } from '../../errors.ts';
import type { Sql } from '../../store/sql.ts';
import { deleteSavedSearch, findSavedSearch, listSavedSearches } from '../../store/saved-searches.ts';
import { positiveInt } from '../args.ts';
import { contextOf, printJson, type CliContext } from '../context.ts';

const BASE_URL = 'http://127.0.0.1:8080';

export function registerSaved(program: Command): void {
  const saved = program.command('saved').description('saved searches with Atom/JSON feeds, webhook alerts and email digests');

  saved
    .command('add')
    .description('save a search; events matching it from now on are sent to its webhook and/or email digest')
    .argument('<name>', 'name of the saved search')
    .argument('<query>', 'query in the `regwatch search` language')
    .option('--webhook <url>', 'POST new events as signed JSON to this URL')
    .option('--secret <s>', 'HMAC-SHA256 key for the webhook signature (default REGWATCH_WEBHOOK_SECRET)')
    .option('--email <addr>', 'send a digest of new events to this address (SMTP from REGWATCH_SMTP_URL)')
    .option('--digest <period>', 'daily or weekly (default daily)')
    .option('--backfill', 'also alert about the events that match already')
    .action(async (name: string, query: string, opts: { webhook?: string; secret?: string; email?: string; digest?: string; backfill?: boolean }, cmd: Command) => {
      const ctx = contextOf(cmd);
      const s = await saveSearch(await ctx.db(), { name, query, ...opts }, new Date(), { defaultSecret: ctx.config.alerts.webhookSecret });
      if (ctx.json) return printJson(ctx, publicView(s));
      ctx.out(`saved search ${s.id} "${s.name}" added${channels(s)}`);
    });

  saved
    .command('list', { isDefault: true })
    .description('saved searches and their alert channels (secrets are never shown)')
    .action(async (_opts: unknown, cmd: Command) => {
      const ctx = contextOf(cmd);
      const list = await listSavedSearches(await ctx.db());
      if (ctx.json) return printJson(ctx, list.map(publicView));
      for (const s of list) ctx.out(`${String(s.id).padStart(3)}  ${s.name}  ${s.query}${channels(s)}`);
      ctx.err(`${list.length} saved searches`);
    });

  saved
    .command('remove')
    .description('remove a saved search with its delivery history')
    .argument('<id>', 'id or name')
    .action(async (idOrName: string, _opts: unknown, cmd: Command) => {
      const ctx = contextOf(cmd);
      const s = await findSavedSearch(await ctx.db(), idOrName);
      if (!s || !await deleteSavedSearch(await ctx.db(), s.id)) throw new NotFoundError(`no saved search ${idOrName}`);
      if (ctx.json) return printJson(ctx, { removed: s.id });
      ctx.out(`saved search ${s.id} "${s.name}" removed`);
    });

  saved
    .command('feed')
    .description('print the Atom or JSON Feed of a saved search')
    .argument('<id>', 'id or name')
    .option('--format <f>', `one of ${FEED_FORMATS.join(', ')}`, 'atom')
    .option('--base-url <url>', 'where the API is served, for links', BASE_URL)
    .option('--limit <n>', 'entries', positiveInt('--limit'), 50)
    .action(async (idOrName: string, opts: { format: string; baseUrl: string; limit: number }, cmd: Command) => {
      const ctx = contextOf(cmd);
      if (!(FEED_FORMATS as readonly string[]).includes(opts.format)) throw new ConfigError(`--format must be one of ${FEED_FORMATS.join(', ')}`);
      if (opts.limit > 1000) throw new ConfigError('--limit must be a whole number from 1 to 1000');
      const s = await findSavedSearch(await ctx.db(), idOrName);
      if (!s) throw new NotFoundError(`no saved search ${idOrName}`);
      process.stdout.write(await renderFeed(await ctx.db(), s, opts.format as FeedFormat, { baseUrl: opts.baseUrl, publisher: ctx.config.publish.publisher, limit: opts.limit }) + '\n');
    });

  saved
    .command('deliver')
    .description('send webhook alerts and due email digests for new events now')
    .option('--base-url <url>', 'where the API is served, for links', BASE_URL)
    .action(async (opts: { baseUrl: string }, cmd: Command) => {
      const ctx = contextOf(cmd);
      const results = await runAlerts(ctx, (await ctx.db()), opts.baseUrl);
      if (ctx.json) return printJson(ctx, results);
      for (const r of results) ctx.out(resultLine(r));
      if (results.some((r) => r.status === 'failed')) process.exitCode = 1;
    });

  // Alerts follow every ingest and source run (the hook runs after their action, so a failing
  // alert never changes what was ingested; it is reported on stderr).
  program.hook('postAction', async (_program, action) => {
    const isIngest = action.name() === 'ingest' && action.parent === program;
    const isSourcesRun = action.name() === 'run' && action.parent?.name() === 'sources';
    if (!isIngest && !isSourcesRun) return;
    const ctx = contextOf(action);
    const db = await ctx.db();
    if ((await listSavedSearches(db)).length === 0) return;
    try {
      for (const r of await runAlerts(ctx, db, BASE_URL)) if (r.status !== 'skipped') ctx.err(resultLine(r));
    } catch (err) {
      ctx.err(`alerts: error: ${(err as Error).message}`);
    } finally {
      await db.close();
    }
  });
}

function runAlerts(ctx: CliContext, db: Sql, baseUrl: string): Promise<DeliveryResult[]> {
  const { allowPrivateHosts, privateHostAllowlist } = ctx.config.fetch;
  return deliverAlerts(db, new Date(), { config: ctx.config.alerts, baseUrl, addressPolicy: { allowPrivateHosts, privateHostAllowlist } });
}

function channels(s: { webhookUrl: string | null; email: string | null; digest: string | null }): string {
  const parts = [s.webhookUrl ? `webhook ${s.webhookUrl}` : '', s.email ? `${s.digest} digest to ${s.email}` : ''].filter(Boolean);
  return parts.length ? ` (${parts.join('; ')})` : '';
}

function resultLine(r: DeliveryResult): string {
  return `saved ${r.savedSearchId} ${r.name}: ${r.channel} ${r.status}, ${r.events} events${r.attempts > 1 ? ` after ${r.attempts} attempts` : ''}${r.detail && r.status !== 'sent' ? ` (${r.detail})` : ''}`;
}
