import type { Command } from 'commander';
import { InputError, NotFoundError } from '../../errors.ts';
import { HttpClient } from '../../sources/http.ts';
import { addSource } from '../../sources/manage.ts';
import { ADAPTERS, describeAdapters } from '../../sources/registry.ts';
import { runSources } from '../../sources/service.ts';
import { deleteSource, listSources } from '../../store/sources.ts';
import { positiveInt } from '../args.ts';
import { contextOf, printJson } from '../context.ts';
import { EXIT } from '../errors.ts';

export function registerSources(program: Command): void {
  const sources = program.command('sources').description('feeds and web pages fetched on a schedule');

  sources
    .command('add')
    .description(`add a source; adapters: ${[...ADAPTERS.keys()].join(', ')} (a ready-made site needs no URL)`)
    .argument('<adapter>', 'adapter id')
    .argument('[url]', 'feed or list page URL')
    .option('--name <name>', 'display name')
    .option('--interval <minutes>', 'minutes between runs', positiveInt('--interval'))
    .option('--config <json>', 'adapter settings as JSON (list pages: selectors, pagination)')
    .action(async (adapter: string, url: string | undefined, opts: { name?: string; interval?: number; config?: string }, cmd: Command) => {
      const ctx = contextOf(cmd);
      const s = await addSource(await ctx.db(), { adapter, url, name: opts.name, intervalMinutes: opts.interval, config: opts.config }, new Date());
      if (ctx.json) return printJson(ctx, s);
      ctx.out(`source ${s.id} added: ${s.adapter} ${s.url} every ${s.intervalMinutes} min`);
    });

  sources
    .command('list', { isDefault: true })
    .description('sources with their last run and error streak')
    .action(async (_opts: unknown, cmd: Command) => {
      const ctx = contextOf(cmd);
      const list = await listSources(await ctx.db());
      if (ctx.json) return printJson(ctx, list);
      for (const s of list) {
        const state = s.errorStreak > 0 ? `failing ×${s.errorStreak}, next ${s.nextRunAt ?? '—'}` : `last ok ${s.lastSuccessAt ?? 'never'}`;
        ctx.out(`${String(s.id).padStart(3)}  ${s.enabled ? ' ' : 'off'} ${s.adapter.padEnd(10)} ${s.name}  ${s.url}  (${state})`);
      }
      ctx.err(`${list.length} sources`);
    });

  sources
    .command('adapters')
    .description('adapters and ready-made sites that can be added')
    .action(async (_opts: unknown, cmd: Command) => {
      const ctx = contextOf(cmd);
      const list = describeAdapters();
      if (ctx.json) return printJson(ctx, list);
      for (const a of list) {
        const site = a.url ? `  ${a.url}${a.verified ? '' : '  (selectors not yet checked against the live site)'}` : '';
        ctx.out(`${a.id.padEnd(10)} ${a.kind.padEnd(4)} ${a.name}${site}`);
      }
    });

  sources
    .command('remove')
    .description('remove a source and its run history (stored documents stay)')
    .argument('<id>', 'source id', positiveInt('source id'))
    .action(async (id: number, _opts: unknown, cmd: Command) => {
      const ctx = contextOf(cmd);
      if (!await deleteSource(await ctx.db(), id)) throw new NotFoundError(`no source ${id}`);
      if (ctx.json) return printJson(ctx, { removed: id });
      ctx.out(`source ${id} removed`);
    });

  sources
    .command('run')
    .description('fetch the given sources now, or every source that is due')
    .argument('[ids...]', 'source ids (default: all due sources)')
    .action(async (ids: string[], _opts: unknown, cmd: Command) => {
      const ctx = contextOf(cmd);
      const bad = ids.filter((v) => !/^\d+$/.test(v));
      if (bad.length > 0) throw new InputError(bad.join(', '), 'not a source id');
      const results = await runSources(await ctx.db(), new HttpClient(ctx.config.fetch), ids.length > 0 ? ids.map(Number) : null);
      for (const r of results) {
        if (r.status === 'failed') ctx.err(`source ${r.sourceId} ${r.name}: error: ${r.error}`);
        else if (r.warning) ctx.err(`source ${r.sourceId} ${r.name}: warning: ${r.warning}`);
      }
      if (ctx.json) printJson(ctx, results);
      else for (const r of results) ctx.out(`${String(r.sourceId).padStart(3)}  ${r.status.padEnd(12)} ${r.found} found, ${r.new} new  ${r.name}`);
      process.exitCode = results.some((r) => r.status === 'failed') ? EXIT.partial : EXIT.ok;
    });
}
