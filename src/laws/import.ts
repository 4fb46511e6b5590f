import type { Db } from '../store/db.ts';
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
export function importLaws(db: Db, folder: string, catalogue: Catalogue = loadCatalogue()): LawImportReport {
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
  db.transaction(() => {
    for (const law of plan.laws) upsertLaw(db, law);
    for (const { articles, ...version } of plan.versions) {
      const before = storedText(db, version.id);
      if (articles === null) {
        // A text imported earlier from another folder stays; the catalogue only knows it exists.
        if (before && before.articles > 0) continue;
        upsertVersion(db, version);
        report.withoutText.push(version.id);
        continue;
      }
      upsertVersion(db, version);
      report.articles += articles.length;
      if (before && before.sha256 === version.sha256 && before.articles === articles.length) {
        report.unchanged.push(version.id);
        continue;
      }
      replaceArticles(db, version.id, articles);
      (before && before.articles > 0 ? report.updated : report.added).push(version.id);
    }
    const resolver = resolverFor(db);
    if (resolver) report.relinked = relinkStoredValues(db, resolver);
  })();
  return report;
}
