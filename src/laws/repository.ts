import type { Db } from '../store/db.ts';
import type { ParsedArticle } from './parse.ts';
import type { ArticleText, LawCorpus } from './resolve.ts';
import type { LawInfo, VersionInfo } from './versions.ts';

// SQL for the laws tables (migration 002_laws.sql) and for re-linking stored citation values.

export interface LawRow extends LawInfo {
  verified: boolean;
  notes: string;
}

export interface VersionRow extends VersionInfo {
  document: string;
  effective: string | null;
  outdated: boolean;
  verified: boolean;
  notes: string;
  file: string | null;
  sha256: string | null;
  source: string | null;
  history: { date: string; event: string }[];
}

export interface StoredArticle extends ArticleText {
  number: number;
  suffix: number | null;
  chapter: string[];
}

export function upsertLaw(db: Db, l: LawRow): void {
  db.prepare(
    `INSERT INTO laws (id, title, short_title, aliases, level, issuer, verified, notes)
     VALUES (@id, @title, @shortTitle, @aliases, @level, @issuer, @verified, @notes)
     ON CONFLICT(id) DO UPDATE SET title = excluded.title, short_title = excluded.short_title, aliases = excluded.aliases,
       level = excluded.level, issuer = excluded.issuer, verified = excluded.verified, notes = excluded.notes`,
  ).run({ ...l, aliases: JSON.stringify(l.aliases), verified: l.verified ? 1 : 0 });
}

export function upsertVersion(db: Db, v: VersionRow): void {
  db.prepare(
    `INSERT INTO law_versions (id, law_id, status, document, promulgated, effective, in_force_from, in_force_until,
       has_text, outdated, verified, notes, file, sha256, source, history)
     VALUES (@id, @lawId, @status, @document, @promulgated, @effective, @inForceFrom, @inForceUntil,
       @hasText, @outdated, @verified, @notes, @file, @sha256, @source, @history)
     ON CONFLICT(id) DO UPDATE SET law_id = excluded.law_id, status = excluded.status, document = excluded.document,
       promulgated = excluded.promulgated, effective = excluded.effective, in_force_from = excluded.in_force_from,
       in_force_until = excluded.in_force_until, has_text = excluded.has_text, outdated = excluded.outdated,
       verified = excluded.verified, notes = excluded.notes, file = excluded.file, sha256 = excluded.sha256,
       source = excluded.source, history = excluded.history`,
  ).run({
    id: v.id,
    lawId: v.lawId,
    status: v.status,
    document: v.document,
    promulgated: v.promulgated,
    effective: v.effective,
    inForceFrom: v.inForceFrom,
    inForceUntil: v.inForceUntil,
    hasText: v.hasText ? 1 : 0,
    outdated: v.outdated ? 1 : 0,
    verified: v.verified ? 1 : 0,
    notes: v.notes,
    file: v.file,
    sha256: v.sha256,
    source: v.source,
    history: JSON.stringify(v.history),
  });
}

/** What is stored for a version's text, to tell unchanged files from changed ones. */
export function storedText(db: Db, versionId: string): { sha256: string | null; articles: number } | undefined {
  return db
    .prepare(
      `SELECT v.sha256, (SELECT COUNT(*) FROM law_articles a WHERE a.version_id = v.id) AS articles
       FROM law_versions v WHERE v.id = ?`,
    )
    .get(versionId) as { sha256: string | null; articles: number } | undefined;
}

/** Replaces a version's articles. Call inside a transaction. */
export function replaceArticles(db: Db, versionId: string, articles: ParsedArticle[]): void {
  db.prepare('DELETE FROM law_articles WHERE version_id = ?').run(versionId);
  const insert = db.prepare(
    `INSERT INTO law_articles (version_id, seq, number, suffix, label, chapter, paragraphs, text)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  articles.forEach((a, seq) => {
    const text = `${a.label} ${a.paragraphs.join('\n')}`;
    insert.run(versionId, seq + 1, a.number, a.suffix, a.label, JSON.stringify(a.chapter), JSON.stringify(a.paragraphs), text);
  });
}

export function countLaws(db: Db): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM laws').get() as { n: number }).n;
}

export function listLawRows(db: Db): LawRow[] {
  const rows = db
    .prepare(
      `SELECT id, title, short_title AS shortTitle, aliases, level, issuer, verified, notes FROM laws
       ORDER BY CASE level WHEN '法律' THEN 1 WHEN '行政法规' THEN 2 WHEN '部门规章' THEN 3 ELSE 4 END, id`,
    )
    .all() as (Omit<LawRow, 'aliases' | 'verified'> & { aliases: string; verified: number })[];
  return rows.map((r) => ({ ...r, aliases: JSON.parse(r.aliases) as string[], verified: r.verified === 1 }));
}

export function listVersionRows(db: Db): VersionRow[] {
  const rows = db
    .prepare(
      `SELECT v.id, v.law_id AS lawId, v.status, v.document, v.promulgated, v.effective, v.in_force_from AS inForceFrom,
         v.in_force_until AS inForceUntil, v.has_text AS hasText, v.outdated, v.verified, v.notes, v.file, v.sha256,
         v.source, v.history, (SELECT COUNT(*) FROM law_articles a WHERE a.version_id = v.id) AS articleCount
       FROM law_versions v ORDER BY v.law_id, COALESCE(v.in_force_from, v.promulgated), v.id`,
    )
    .all() as (Omit<VersionRow, 'hasText' | 'outdated' | 'verified' | 'history'> & {
    hasText: number;
    outdated: number;
    verified: number;
    history: string;
  })[];
  return rows.map((r) => ({
    ...r,
    hasText: r.hasText === 1,
    outdated: r.outdated === 1,
    verified: r.verified === 1,
    history: JSON.parse(r.history) as VersionRow['history'],
  }));
}

export function setInForceUntil(db: Db, versionId: string, until: string | null): void {
  db.prepare('UPDATE law_versions SET in_force_until = ? WHERE id = ?').run(until, versionId);
}

type ArticleDbRow = { number: number; suffix: number | null; label: string; chapter: string; paragraphs: string };

function toArticle(r: ArticleDbRow): StoredArticle {
  return { ...r, chapter: JSON.parse(r.chapter) as string[], paragraphs: JSON.parse(r.paragraphs) as string[] };
}

export function findArticle(db: Db, versionId: string, number: number, suffix: number | null): StoredArticle | undefined {
  const row = db
    .prepare(
      `SELECT number, suffix, label, chapter, paragraphs FROM law_articles
       WHERE version_id = ? AND number = ? AND suffix IS ? ORDER BY seq LIMIT 1`,
    )
    .get(versionId, number, suffix) as ArticleDbRow | undefined;
  return row ? toArticle(row) : undefined;
}

export function listArticles(db: Db, versionId: string): StoredArticle[] {
  const rows = db
    .prepare('SELECT number, suffix, label, chapter, paragraphs FROM law_articles WHERE version_id = ? ORDER BY seq')
    .all(versionId) as ArticleDbRow[];
  return rows.map(toArticle);
}

/** The imported laws as the resolver sees them, or null when nothing was imported yet. */
export function loadCorpus(db: Db): LawCorpus | null {
  if (countLaws(db) === 0) return null;
  return {
    laws: listLawRows(db),
    versions: listVersionRows(db),
    article: (versionId, number, suffix) => findArticle(db, versionId, number, suffix),
  };
}

export interface LinkableValue {
  id: number;
  field: 'citation' | 'instrument';
  data: string;
  date: string | null;
}

/** Every stored citation and instrument value with its item's date (or its document's issue date). */
export function linkableValues(db: Db): LinkableValue[] {
  return db
    .prepare(
      `SELECT v.id, v.field, v.data, COALESCE(i.date, d.issue_date) AS date
       FROM item_values v JOIN items i ON i.id = v.item_id JOIN documents d ON d.id = i.document_id
       WHERE v.field IN ('citation', 'instrument') ORDER BY v.id`,
    )
    .all() as LinkableValue[];
}

export function updateValueData(db: Db, id: number, data: string): void {
  db.prepare('UPDATE item_values SET data = ? WHERE id = ?').run(data, id);
}
