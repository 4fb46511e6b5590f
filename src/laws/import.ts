import type { Sql } from '../store/sql.ts';
import { loadCatalogue } from './catalogue.ts';
import { readLawFolder } from './folder.ts';
import { relinkStoredValues, resolverFor } from './link.ts';
import { planImport } from './plan.ts';
import { replaceArticles, storedText, upsertLaw, upsertVersion } from './repository.ts';
import type { Catalogue } from './schema.ts';

export interface LawImportReport {
  folder: string;
  laws: number;
  versions: number;
  /** Versions whose text was stored for the first time, replaced, or already stored as is. */
  added: string[];
  updated: string[];
  unchanged: string[];
  /** Catalogue versions stored without text. */
  withoutText: string[];
  articles: number;
  /** Stored citation and instrument values whose links changed. */
  relinked: number;
  warnings: string[];
}

/**
 * Imports a law folder and the catalogue in one transaction, then re-links stored citations.
 * Idempotent: the same folder again changes nothing; a changed file replaces its version's articles.
 */
export async function importLaws(sql: Sql, folder: string, catalogue: Catalogue = loadCatalogue()): Promise<LawImportReport> {
  const read = readLawFolder(folder);
  const plan = planImport(read.laws, catalogue);
  const report: LawImportReport = {
    folder,
    laws: plan.laws.length,
    versions: plan.versions.length,
    added: [],
    updated: [],
    unchanged: [],
    withoutText: [],
    articles: 0,
    relinked: 0,
    warnings: [...read.warnings, ...plan.warnings],
  };
  await sql.transaction(async (tx) => {
    for (const law of plan.laws) await upsertLaw(tx, law);
    for (const { articles, ...version } of plan.versions) {
      const before = await storedText(tx, version.id);
      if (articles === null) {
        // A text imported earlier from another folder stays; the catalogue only knows it exists.
        if (before && before.articles > 0) continue;
        await upsertVersion(tx, version);
        report.withoutText.push(version.id);
        continue;
      }
      await upsertVersion(tx, version);
      report.articles += articles.length;
      if (before && before.sha256 === version.sha256 && before.articles === articles.length) {
        report.unchanged.push(version.id);
        continue;
      }
      await replaceArticles(tx, version.id, articles);
      (before && before.articles > 0 ? report.updated : report.added).push(version.id);
    }
    const resolver = await resolverFor(tx);
    if (resolver) report.relinked = await relinkStoredValues(tx, resolver);
  });
  return report;
}
