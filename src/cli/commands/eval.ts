import { Option, type Command } from 'commander';
import { LAYOUTS, relayout, type Layout } from '../../eval/layouts.ts';
import { readEvalSet } from '../../eval/load.ts';
import { toEvalItem } from '../../eval/predict.ts';
import { formatReportTable, reportToJson } from '../../eval/report.ts';
import { scoreSet } from '../../eval/score.ts';
import { analyse } from '../../ingest/service.ts';
import { normalizeText } from '../../text/normalize.ts';
import { contextOf, printJson } from '../context.ts';

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score extraction against an evaluation set (shared/eval/FORMAT.md): SET/docs/*.txt + SET/gold/*.json')
    .argument('<set>', 'evaluation set folder')
    .option('--docs <dir>', 'read document texts from this folder instead of SET/docs')
    .addOption(
      new Option('--layout <layout>', 'score the set as another publisher would lay it out: wrapped (PDF lines), paged (and page breaks), ascii (ASCII punctuation), traditional (script, gold too)').choices(LAYOUTS),
    )
    .action((dir: string, opts: { docs?: string; layout?: Layout }, cmd: Command) => {
      const ctx = contextOf(cmd);
      const read = readEvalSet(dir, opts.docs ? { docsDir: opts.docs } : {});
      const docs = opts.layout ? read.map((d) => relayout(d, opts.layout!)) : read;
      const report = scoreSet(
        docs.map((d) => ({ name: d.name, gold: d.gold, predicted: analyse(normalizeText(d.text)).map(toEvalItem) })),
      );
      if (ctx.json) printJson(ctx, reportToJson(report));
      else ctx.out(formatReportTable(report));
    });
}
