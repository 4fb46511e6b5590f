import path from 'node:path';
import type { FolderLaw } from './folder.ts';
import { nameKey, shortTitle } from './names.ts';
import type { ParsedArticle } from './parse.ts';
import type { LawRow, VersionRow } from './repository.ts';
import { LEVEL_KEY, type Catalogue, type CatalogueVersion } from './schema.ts';
import { closePeriods } from './versions.ts';

// Merges a law folder with the catalogue into the rows to store. A law is identified by its full
// title; a version by its file name. The folder gives texts; the catalogue gives canonical ids,
// extra aliases, in-force periods, and versions or instruments the folder has no text for.

export interface PlannedVersion extends VersionRow {
  articles: ParsedArticle[] | null;
}

export interface Plan {
  laws: LawRow[];
  versions: PlannedVersion[];
  warnings: string[];
}

export function planImport(folder: FolderLaw[], catalogue: Catalogue): Plan {
  const catalogueByTitle = new Map(catalogue.laws.map((l) => [l.title, l]));
  const catalogueVersions = new Map<string, CatalogueVersion>();
  for (const l of catalogue.laws) for (const v of l.versions) catalogueVersions.set(v.id, v);

  const laws = new Map<string, LawRow>(); // by title
  const versions: PlannedVersion[] = [];
  const explicitUntil = new Set<string>();
  for (const { entry, parsed, sha256 } of folder) {
    const known = catalogueByTitle.get(entry.title);
    let law = laws.get(entry.title);
    if (!law) {
      law = {
        id: known?.id ?? derivedId(entry.file, entry.level),
        title: entry.title,
        shortTitle: shortTitle(entry.title),
        aliases: [],
        level: entry.level,
        issuer: entry.issuer,
        verified: known?.verified ?? true,
        notes: known?.notes ?? '',
      };
      laws.set(entry.title, law);
    }
    law.aliases = unique([...law.aliases, ...entry.aliases, ...(known?.aliases ?? [])]);
    const id = path.basename(entry.file, '.md');
    const cv = catalogueVersions.get(id);
    if (cv?.inForceUntil) explicitUntil.add(id);
    versions.push({
      id,
      lawId: law.id,
      status: 'enacted',
      document: cv?.document ?? '',
      promulgated: entry.promulgated,
      effective: entry.effective,
      // A consolidated text states the original in-force date; it applies from its amendment.
      inForceFrom: cv?.effective ?? (entry.effective >= entry.promulgated ? entry.effective : entry.promulgated),
      inForceUntil: cv?.inForceUntil ?? null,
      hasText: true,
      articleCount: parsed.articles.length,
      outdated: entry.outdated,
      verified: cv?.verified ?? true,
      notes: entry.notes,
      file: entry.file,
      sha256,
      source: entry.source_repo ? `${entry.source_repo}:${entry.source_path ?? ''}@${entry.source_commit ?? ''}` : null,
      history: parsed.history,
      articles: parsed.articles,
    });
  }

  const fromFolder = new Set(versions.map((v) => v.id));
  for (const known of catalogue.laws) {
    let law = laws.get(known.title);
    if (!law) {
      const { id, title, level, issuer, verified, notes } = known;
      law = { id, title, shortTitle: shortTitle(title), aliases: unique(known.aliases), level, issuer, verified, notes };
      laws.set(known.title, law);
    } else {
      law.aliases = unique([...law.aliases, ...known.aliases]);
    }
    for (const v of known.versions) {
      if (fromFolder.has(v.id)) continue;
      if (v.inForceUntil) explicitUntil.add(v.id);
      versions.push({
        id: v.id,
        lawId: law.id,
        status: v.status,
        document: v.document,
        promulgated: v.promulgated,
        effective: v.effective,
        inForceFrom: v.effective,
        inForceUntil: v.inForceUntil,
        hasText: false,
        articleCount: 0,
        outdated: false,
        verified: v.verified,
        notes: v.notes,
        file: null,
        sha256: null,
        source: null,
        history: [],
        articles: null,
      });
    }
  }

  const lawRows = [...laws.values()];
  const closed = new Map(closePeriods(versions, explicitUntil).map((v) => [v.id, v.inForceUntil]));
  const planned = versions.map((v) => ({ ...v, inForceUntil: closed.get(v.id) ?? null }));
  return { laws: lawRows, versions: planned, warnings: aliasClashes(lawRows) };
}

/** cybersecurity-law-2016.md, 法律 → cn.law.cybersecurity. */
export function derivedId(file: string, level: keyof typeof LEVEL_KEY): string {
  const slug = path
    .basename(file, '.md')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/-\d{4}(?:-draft)?$/, '')
    .replace(/-(?:law|regulations|provisions|measures|rules)$/, '')
    .replace(/^-+|-+$/g, '');
  return `cn.${LEVEL_KEY[level]}.${slug || 'unnamed'}`;
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}

/** Names that lead to two laws: the resolver keeps the first, so say which. */
function aliasClashes(laws: LawRow[]): string[] {
  const owner = new Map<string, string>();
  const out: string[] = [];
  for (const law of laws) {
    for (const name of new Set([law.title, law.shortTitle, ...law.aliases].map(nameKey))) {
      const other = owner.get(name);
      if (other !== undefined && other !== law.id) out.push(`alias "${name}" names both ${other} and ${law.id}; ${other} keeps it`);
      else owner.set(name, law.id);
    }
  }
  return out;
}
