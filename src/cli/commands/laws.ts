import type { Command } from 'commander';
import { importLaws } from '../../laws/import.ts';
import { findLaw, listLaws, pickVersion, showArticle, tableOfContents, type LawListing, type VersionListing } from '../../laws/query.ts';
import { contextOf, printJson, type CliContext } from '../context.ts';

export function registerLaws(program: Command): void {
  const laws = program.command('laws').description('law texts: import a folder, list laws and versions, show an article');

  laws
    .command('import')
    .description('import a folder of law texts with its index.json, plus the built-in catalogue; re-links stored citations')
    .argument('<dir>', 'folder with index.json and the .md law texts')
    .action(async (dir: string, _opts: unknown, cmd: Command) => {
      const ctx = contextOf(cmd);
      const r = await importLaws(await ctx.db(), dir);
      for (const w of r.warnings) ctx.err(`warning: ${w}`);
      if (ctx.json) return printJson(ctx, r);
      ctx.out(
        `imported ${r.laws} laws, ${r.versions} versions (${r.added.length} added, ${r.updated.length} updated, ` +
          `${r.unchanged.length} unchanged, ${r.withoutText.length} without text), ${r.articles} articles; ` +
          `${r.relinked} stored values re-linked`,
      );
    });

  laws
    .command('list')
    .description('list laws with their versions, article counts and status')
    .action(async (_opts: unknown, cmd: Command) => {
      const ctx = contextOf(cmd);
      const all = await listLaws(await ctx.db(), today());
      if (ctx.json) return printJson(ctx, all);
      for (const law of all) {
        ctx.out(`${law.id}  ${law.title}  ${law.level}`);
        for (const v of law.versions) ctx.out(`    ${versionLine(v)}`);
      }
      ctx.err(`${all.length} laws${all.length === 0 ? '; run `regwatch laws import <folder>` first' : ''}`);
    });

  laws
    .command('show')
    .description('show a law (versions and chapters) or one article with its numbered 款')
    .argument('<law>', 'title, short title, alias (网安法, PIPL) or id')
    .argument('[article]', 'article: 45, 第四十五条 or 253之一')
    .option('--version <id>', 'a version id, e.g. cybersecurity-law-2016')
    .option('--date <date>', 'the version in force on this date (YYYY-MM-DD)')
    .action(async (name: string, article: string | undefined, opts: { version?: string; date?: string }, cmd: Command) => {
      const ctx = contextOf(cmd);
      const law = await findLaw(await ctx.db(), name, today());
      if (article === undefined) return showLaw(ctx, law, opts);
      const view = await showArticle(await ctx.db(), law, article, opts);
      if (view.note) ctx.err(`note: ${view.note}`);
      if (ctx.json) return printJson(ctx, view);
      ctx.out(`${law.title} ${view.article.label}  [${view.version.id}]`);
      if (view.article.chapter.length > 0) ctx.out(view.article.chapter.join(' / '));
      ctx.out('');
      view.article.paragraphs.forEach((p, k) => {
        const [first, ...items] = p.split('\n');
        ctx.out(`第${k + 1}款  ${first ?? ''}`);
        for (const item of items) ctx.out(`       ${item}`);
      });
    });
}

async function showLaw(ctx: CliContext, law: LawListing, opts: { version?: string; date?: string }): Promise<void> {
  const withText = law.versions.some((v) => v.hasText);
  const pick = withText ? pickVersion(law, opts) : null;
  const contents = pick ? await tableOfContents(await ctx.db(), pick.version.id) : [];
  if (pick?.note) ctx.err(`note: ${pick.note}`);
  if (ctx.json) return printJson(ctx, { ...law, shown: pick?.version.id ?? null, contents });
  ctx.out(`${law.title}  (${law.id})`);
  ctx.out(`${law.level} · ${law.issuer}`);
  if (law.aliases.length > 0) ctx.out(`also: ${law.aliases.join(', ')}`);
  if (law.notes) ctx.out(law.notes);
  ctx.out('');
  for (const v of law.versions) {
    ctx.out(`  ${versionLine(v)}`);
    if (v.notes) ctx.out(`      ${v.notes}`);
  }
  if (!pick) return;
  ctx.out('');
  ctx.out(`contents of ${pick.version.id}:`);
  for (const c of contents) ctx.out(`  ${c.chapter.join(' / ') || '—'}  ${c.first}–${c.last} (${c.articles})`);
}

function versionLine(v: VersionListing): string {
  const period = v.status === 'draft' ? `draft of ${v.promulgated}` : `${v.inForceFrom ?? '?'} – ${v.inForceUntil ?? ''}`;
  const text = v.hasText ? `${v.articleCount} articles` : 'no text';
  const flags = [v.state, v.outdated ? 'outdated' : '', v.verified ? '' : 'unverified'].filter(Boolean).join(', ');
  return `${v.id.padEnd(48)} ${text.padEnd(13)} ${period.padEnd(25)} ${flags}`;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
