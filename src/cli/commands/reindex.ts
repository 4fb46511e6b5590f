import type { Command } from 'commander';
import { rebuildIndex } from '../../search/reindex.ts';
import { contextOf, printJson } from '../context.ts';

export function registerReindex(program: Command): void {
  program
    .command('reindex')
    .description('rebuild the full-text index from the stored items (after an upgrade that asks for it); search keeps working meanwhile')
    .action(async (_opts: unknown, cmd: Command) => {
      const ctx = contextOf(cmd);
      const started = performance.now();
      let said = started;
      const { items, superseded } = await rebuildIndex(await ctx.db(), (done, total) => {
        if (performance.now() - said < 2000 && done < total) return;
        said = performance.now();
        ctx.err(`  ${done} / ${total} items, ${((said - started) / 1000).toFixed(0)} s`);
      });
      const seconds = Number(((performance.now() - started) / 1000).toFixed(1));
      if (ctx.json) return printJson(ctx, { items, seconds, superseded });
      if (superseded) ctx.out(`another reindex of this store finished first; its index is in use and this run changed nothing (${seconds} s)`);
      else ctx.out(`reindexed ${items} items in ${seconds} s`);
    });
}
