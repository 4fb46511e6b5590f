import type { Sql } from '../store/sql.ts';
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

export async function upsertLaw(sql: Sql, l: LawRow): Promise<void> {
  await sql.run(
    `INSERT INTO laws (id, title, short_title, aliases, level, issuer, verified, notes)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET title = excluded.title, short_title = excluded.short_title, aliases = excluded.aliases,
       level = excluded.level, issuer = excluded.issuer, verified = excluded.verified, notes = excluded.notes`,
    [l.id, l.title, l.shortTitle, JSON.stringify(l.aliases), l.level, l.issuer, l.verified ? 1 : 0, l.notes],
  );
}

export async function upsertVersion(sql: Sql, v: VersionRow): Promise<void> {
  await sql.run(
    `INSERT INTO law_versions (id, law_id, status, document, promulgated, effective, in_force_from, in_force_until,
       has_text, outdated, verified, notes, file, sha256, source, history)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET law_id = excluded.law_id, status = excluded.status, document = excluded.document,
       promulgated = excluded.promulgated, effective = excluded.effective, in_force_from = excluded.in_force_from,
       in_force_until = excluded.in_force_until, has_text = excluded.has_text, outdated = excluded.outdated,
       verified = excluded.verified, notes = excluded.notes, file = excluded.file, sha256 = excluded.sha256,
       source = excluded.source, history = excluded.history`,
    [
      v.id,
      v.lawId,
      v.status,
      v.document,
      v.promulgated,
      v.effective,
      v.inForceFrom,
      v.inForceUntil,
      v.hasText ? 1 : 0,
      v.outdated ? 1 : 0,
      v.verified ? 1 : 0,
      v.notes,
      v.file,
      v.sha256,
      v.source,
      JSON.stringify(v.history),
    ],
  );
}

/** What is stored for a version's text, to tell unchanged files from changed ones. */
export async function storedText(sql: Sql, versionId: string): Promise<{ sha256: string | null; articles: number } | undefined> {
  return sql.get<{ sha256: string | null; articles: number }>(
    `SELECT v.sha256, (SELECT COUNT(*) FROM law_articles a WHERE a.version_id = v.id) AS articles
     FROM law_versions v WHERE v.id = ?`,
    [versionId],
  );
}

/** Replaces a version's articles. Call inside a transaction. */
export async function replaceArticles(sql: Sql, versionId: string, articles: ParsedArticle[]): Promise<void> {
  await sql.run('DELETE FROM law_articles WHERE version_id = ?', [versionId]);
  for (const [seq, a] of articles.entries()) {
    const text = `${a.label} ${a.paragraphs.join('\n')}`;
    await sql.run(
      `INSERT INTO law_articles (version_id, seq, number, suffix, label, chapter, paragraphs, text)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      [versionId, seq + 1, a.number, a.suffix, a.label, JSON.stringify(a.chapter), JSON.stringify(a.paragraphs), text],
    );
  }
}

export async function countLaws(sql: Sql): Promise<number> {
  return (await sql.get<{ n: number }>('SELECT COUNT(*) AS n FROM laws'))?.n ?? 0;
}

export async function listLawRows(sql: Sql): Promise<LawRow[]> {
  const rows = await sql.all<Omit<LawRow, 'aliases' | 'verified'> & { aliases: string; verified: number }>(
    `SELECT id, title, short_title AS "shortTitle", aliases, level, issuer, verified, notes FROM laws
     ORDER BY CASE level WHEN '法律' THEN 1 WHEN '行政法规' THEN 2 WHEN '部门规章' THEN 3 ELSE 4 END, id`,
  );
  return rows.map((r) => ({ ...r, aliases: JSON.parse(r.aliases) as string[], verified: r.verified === 1 }));
}

export async function listVersionRows(sql: Sql): Promise<VersionRow[]> {
  const rows = await sql.all<
    Omit<VersionRow, 'hasText' | 'outdated' | 'verified' | 'history'> & { hasText: number; outdated: number; verified: number; history: string }
  >(
    `SELECT v.id, v.law_id AS "lawId", v.status, v.document, v.promulgated, v.effective, v.in_force_from AS "inForceFrom",
       v.in_force_until AS "inForceUntil", v.has_text AS "hasText", v.outdated, v.verified, v.notes, v.file, v.sha256,
       v.source, v.history, (SELECT COUNT(*) FROM law_articles a WHERE a.version_id = v.id) AS "articleCount"
     FROM law_versions v ORDER BY v.law_id, COALESCE(v.in_force_from, v.promulgated), v.id`,
  );
  return rows.map((r) => ({
    ...r,
    hasText: r.hasText === 1,
    outdated: r.outdated === 1,
    verified: r.verified === 1,
    history: JSON.parse(r.history) as VersionRow['history'],
  }));
}

export async function setInForceUntil(sql: Sql, versionId: string, until: string | null): Promise<void> {
  await sql.run('UPDATE law_versions SET in_force_until = ? WHERE id = ?', [until, versionId]);
}

type ArticleDbRow = { number: number; suffix: number | null; label: string; chapter: string; paragraphs: string };

function toArticle(r: ArticleDbRow): StoredArticle {
  return { ...r, chapter: JSON.parse(r.chapter) as string[], paragraphs: JSON.parse(r.paragraphs) as string[] };
}

export async function findArticle(sql: Sql, versionId: string, number: number, suffix: number | null): Promise<StoredArticle | undefined> {
  const row = await sql.get<ArticleDbRow>(
    `SELECT number, suffix, label, chapter, paragraphs FROM law_articles
     WHERE version_id = ? AND number = ? AND suffix IS NOT DISTINCT FROM ? ORDER BY seq LIMIT 1`,
    [versionId, number, suffix],
  );
  return row ? toArticle(row) : undefined;
}

export async function listArticles(sql: Sql, versionId: string): Promise<StoredArticle[]> {
  const rows = await sql.all<ArticleDbRow>('SELECT number, suffix, label, chapter, paragraphs FROM law_articles WHERE version_id = ? ORDER BY seq', [
    versionId,
  ]);
  return rows.map(toArticle);
}

/**
 * The imported laws as the resolver sees them, or null when nothing was imported yet. The resolver
 * is synchronous, so every article is read up front (the whole corpus is well under a megabyte).
 */
export async function loadCorpus(sql: Sql): Promise<LawCorpus | null> {
  if ((await countLaws(sql)) === 0) return null;
  const articles = new Map<string, StoredArticle>();
  const rows = await sql.all<ArticleDbRow & { versionId: string }>(
    'SELECT version_id AS "versionId", number, suffix, label, chapter, paragraphs FROM law_articles ORDER BY version_id, seq',
  );
  for (const { versionId, ...r } of rows) {
    const key = `${versionId}|${r.number}|${r.suffix ?? ''}`;
    if (!articles.has(key)) articles.set(key, toArticle(r));
  }
  return {
    laws: await listLawRows(sql),
    versions: await listVersionRows(sql),
    article: (versionId, number, suffix) => articles.get(`${versionId}|${number}|${suffix ?? ''}`),
  };
}

export interface LinkableValue {
  id: number;
  field: 'citation' | 'instrument';
  data: string;
  date: string | null;
}

/** Every stored citation and instrument value with its item's date (or its document's issue date). */
export async function linkableValues(sql: Sql): Promise<LinkableValue[]> {
  return sql.all<LinkableValue>(
    `SELECT v.id, v.field, v.data, COALESCE(i.date, d.issue_date) AS date
     FROM item_values v JOIN items i ON i.id = v.item_id JOIN documents d ON d.id = i.document_id
     WHERE v.field IN ('citation', 'instrument') ORDER BY v.id`,
  );
}

export async function updateValueData(sql: Sql, id: number, data: string): Promise<void> {
  await sql.run('UPDATE item_values SET data = ? WHERE id = ?', [data, id]);
}
