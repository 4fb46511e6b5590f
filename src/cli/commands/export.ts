import fs from 'node:fs';
import type { Command } from 'commander';
import { ConfigError } from '../../errors.ts';
import { exportNewsletter, FORMATS, type Format } from '../../publish/newsletter.ts';
import { positiveInt } from '../args.ts';
import { contextOf, printJson } from '../context.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

interface NewsletterOptions {
  from: string;
  to: string;
  query?: string;
  format: string;
  out?: string;
  bilingual?: boolean;
  title?: string;
  issue?: number;
}

export function registerExport(program: Command): void {
  const exp = program.command('export').description('write publications composed from stored items');
  exp
    .command('newsletter')
    .description('compose a newsletter of a period: sections, 导读, 关键词, items with sources and 简评')
    .requiredOption('--from <date>', 'first day, YYYY-MM-DD')
    .requiredOption('--to <date>', 'last day, YYYY-MM-DD')
    .option('--query <q>', 'only items matching this search query (same language as `regwatch search`)')
    .option('--format <f>', `one of ${FORMATS.join(', ')}`, 'md')
    .option('--out <file>', 'write here (default: stdout for md and html; required for docx and pdf)')
    .option('--bilingual', 'put the English text under each Chinese item where the source has it')
    .option('--title <t>', 'title on the cover')
    .option('--issue <n>', 'issue number on the cover', positiveInt('--issue'))
    .action(async (opts: NewsletterOptions, cmd: Command) => {
      const ctx = contextOf(cmd);
      // Usage problems are configuration errors: exit code 2 with the message alone.
      if (!DATE.test(opts.from) || !DATE.test(opts.to)) throw new ConfigError('--from and --to must be dates as YYYY-MM-DD');
      if (opts.from > opts.to) throw new ConfigError('--from must not be after --to');
      if (!(FORMATS as readonly string[]).includes(opts.format)) throw new ConfigError(`--format must be one of ${FORMATS.join(', ')}`);
      const format = opts.format as Format;
      if ((format === 'docx' || format === 'pdf') && !opts.out) throw new ConfigError(`--out <file> is required for --format ${format}`);
      const { newsletter, output } = await exportNewsletter(
        (await ctx.db()),
        {
          from: opts.from,
          to: opts.to,
          query: opts.query,
          title: opts.title,
          issue: opts.issue,
          bilingual: opts.bilingual,
          publisher: ctx.config.publish.publisher,
          disclaimer: ctx.config.publish.disclaimer,
        },
        format,
      );
      const counts = newsletter.sections.map((s) => `${s.title} ${s.groups.reduce((n, g) => n + g.entries.length, 0)}`);
      if (opts.out) fs.writeFileSync(opts.out, output);
      const sections = newsletter.sections.map((s) => ({ id: s.id, title: s.title, entries: s.groups.reduce((n, g) => n + g.entries.length, 0) }));
      // With --json stdout carries only JSON; text output without --out travels inside it.
      if (ctx.json) printJson(ctx, { out: opts.out ?? null, format, sections, content: opts.out ? undefined : String(output) });
      else if (!opts.out) process.stdout.write(output);
      ctx.err(`${opts.out ? `wrote ${opts.out}: ` : ''}${counts.join(', ') || 'no items in the period'}`);
    });
}
