import type { Command } from 'commander';
import { mergeItems, splitItem } from '../../events/service.ts';
import { multiSourceEvents, sourcesOf } from '../../store/events.ts';
import { positiveInt } from '../args.ts';
import { contextOf, printJson } from '../context.ts';

export function registerEvents(program: Command): void {
  const events = program.command('events').description('developments reported by several documents');

  events
    .command('list', { isDefault: true })
    .description('events with more than one source, with their sources')
    .option('--limit <n>', 'at most n events', positiveInt('--limit'), 50)
    .action(async (opts: { limit: number }, cmd: Command) => {
      const ctx = contextOf(cmd);
      const sql = await ctx.db();
      const list = [];
      for (const e of await multiSourceEvents(sql, opts.limit)) list.push({ ...e, items: await sourcesOf(sql, e.eventId) });
      if (ctx.json) return printJson(ctx, list);
      for (const e of list) {
        ctx.out(`event ${e.eventId} · ${e.sources} sources · ${e.items[0]?.headline ?? ''}`);
        for (const s of e.items) ctx.out(`  item ${s.itemId}  ${s.date ?? '—'}  ${s.documentSource}${s.score !== null ? `  (match ${s.score})` : ''}`);
      }
      ctx.err(`${list.length} events with more than one source`);
    });

  events
    .command('split')
    .description('take an item out of its event (undoes a merge; it will not be merged again automatically)')
    .argument('<item>', 'item id', positiveInt('item id'))
    .action(async (item: number, _opts: unknown, cmd: Command) => {
      const ctx = contextOf(cmd);
      const eventId = await (await ctx.db()).transaction((tx) => splitItem(tx, item, new Date()));
      if (ctx.json) return printJson(ctx, { item, eventId });
      ctx.out(`item ${item} is now event ${eventId}`);
    });

  events
    .command('merge')
    .description('put an item into the event of another item')
    .argument('<item>', 'item id', positiveInt('item id'))
    .argument('<into>', 'item id whose event to join', positiveInt('item id'))
    .action(async (item: number, into: number, _opts: unknown, cmd: Command) => {
      const ctx = contextOf(cmd);
      const eventId = await (await ctx.db()).transaction((tx) => mergeItems(tx, item, into));
      if (ctx.json) return printJson(ctx, { item, eventId });
      ctx.out(`item ${item} joined event ${eventId}`);
    });
}
