import type { Command } from 'commander';
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
    .action((dir: string, opts: { docs?: string }, cmd: Command) => {
      const ctx = contextOf(cmd);
      const docs = readEvalSet(dir, opts.docs ? { docsDir: opts.docs } : {});
      const report = scoreSet(
        docs.map((d) => ({ name: d.name, gold: d.gold, predicted: analyse(normalizeText(d.text)).map(toEvalItem) })),
      );
      if (ctx.json) printJson(ctx, reportToJson(report));
      else ctx.out(formatReportTable(report));
    });
}
