import type { Command } from 'commander';
import { z } from 'zod';
import { NotFoundError, QueryError } from '../../errors.ts';
import { CATEGORIES } from '../../extract/types.ts';
import { eventOf, sourcesOf } from '../../store/events.ts';
import { applyOverrides, loadOverrides } from '../../overrides/apply.ts';
import { getItem, listItems } from '../../store/items.ts';
import { positiveInt } from '../args.ts';
import { contextOf, printJson } from '../context.ts';
import { itemLine, itemSummary } from '../format.ts';

const day = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'expected a date like 2023-09-01');
const itemsOptions = z.object({
  category: z.enum(CATEGORIES as [string, ...string[]]).optional(),
  region: z.string().min(1).optional(),
  authority: z.string().min(1).optional(),
  law: z.string().min(1).optional(),
  after: day.optional(),
  before: day.optional(),
  document: z.number().optional(),
  limit: z.number().max(100_000).default(100),
});

export function registerItems(program: Command): void {
  program
    .command('items')
    .description('list stored items, newest first')
    .option('--category <c>', 'legislation | enforcement | judicial | industry | overseas')
    .option('--region <r>', 'region as written, e.g. 江苏')
    .option('--authority <a>', 'authority surface form, e.g. 网信办')
    .option('--law <l>', 'cited law or instrument title, e.g. 数据安全法')
    .option('--after <date>', 'on or after YYYY-MM-DD')
    .option('--before <date>', 'on or before YYYY-MM-DD')
    .option('--document <id>', 'items of one document', positiveInt('--document'))
    .option('--limit <n>', 'at most n items (default 100)', positiveInt('--limit'))
    .action(async (raw: Record<string, unknown>, cmd: Command) => {
      const parsed = itemsOptions.safeParse(raw);
      if (!parsed.success) {
        throw new QueryError(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '));
      }
      const ctx = contextOf(cmd);
      const items = await listItems(await ctx.db(), parsed.data);
      if (ctx.json) return printJson(ctx, items.map(itemSummary));
      for (const item of items) ctx.out(itemLine(item));
      ctx.err(`${items.length} items`);
    });

  program
    .command('show')
    .description('show one item with every extracted value and where it came from')
    .argument('<id>', 'item id', positiveInt('item id'))
    .action(async (id: number, _opts: unknown, cmd: Command) => {
      const ctx = contextOf(cmd);
      const db = await ctx.db();
      const raw = await getItem(db, id);
      if (!raw) throw new NotFoundError(`no item with id ${id}`);
      // Editors' corrections win over extracted values, here as on the web pages.
      const item = applyOverrides(raw, await loadOverrides(db, raw));
      const event = await eventOf(db, item.id);
      const sources = event ? await sourcesOf(db, event.eventId) : [];
      if (ctx.json) return printJson(ctx, { ...item, eventId: event?.eventId ?? null, sources });
      ctx.out(`# ${item.headline}`);
      if (item.titleEn) ctx.out(`  ${item.titleEn}`);
      ctx.out(`date ${item.date ?? (item.listedDate ? `— (release ${item.listedDate})` : '—')} · ${item.category} · region ${item.region ?? '—'}${item.status ? ' · ' + item.status : ''}${item.deadline ? ' · deadline ' + item.deadline : ''}`);
      ctx.out(`section: ${item.sectionPath.join(' / ') || '—'}`);
      ctx.out(`document: ${item.documentSource} [${item.start}, ${item.end})${item.sourceLine ? ' · 来源：' + item.sourceLine : ''}`);
      ctx.out('');
      ctx.out(item.body);
      if (item.bodyEn) ctx.out('\n' + item.bodyEn);
      if (item.commentary) ctx.out('\n' + item.commentary);
      ctx.out('');
      const byField = new Map<string, string[]>();
      for (const v of item.values) {
        const where = v.start === null ? '' : ` @${v.start}-${v.end}`;
        const target = v.field === 'penalty' && v.data.target ? ` → ${String(v.data.target)}${v.data.payer ? ` (${String(v.data.payer)})` : ''}` : '';
        const link = v.field === 'citation' && v.data.linkStatus && v.data.linkStatus !== 'linked' ? ` [${String(v.data.linkStatus)}]` : '';
        const shown = (v.surface && v.surface !== v.value ? `${v.value} «${v.surface}»` : v.value) + target + link;
        byField.set(v.field, [...(byField.get(v.field) ?? []), shown + where]);
      }
      for (const [field, list] of byField) ctx.out(`${field.padEnd(10)} ${list.join('; ')}`);
      if (item.tags.length) ctx.out(`${'tags'.padEnd(10)} ${item.tags.join('; ')}`);
      const corrected = Object.entries(item.corrections);
      if (corrected.length) {
        ctx.out('\ncorrected by editors:');
        for (const [field, c] of corrected) {
          const was = c.previous === null ? '—' : Array.isArray(c.previous) ? c.previous.join('; ') || '—' : c.previous;
          ctx.out(`  ${field.padEnd(11)} by ${c.by} at ${c.at.slice(0, 16).replace('T', ' ')}, was: ${was}`);
        }
      }
      if (sources.length > 1) {
        ctx.out(`\nreported by ${sources.length} sources (event ${event!.eventId}):`);
        for (const s of sources) ctx.out(`  item ${s.itemId}  ${s.documentSource}${s.sourceLine ? ' · 来源：' + s.sourceLine : ''}`);
      }
    });
}
