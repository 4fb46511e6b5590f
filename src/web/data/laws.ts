import { listLaws, pickVersion, type LawListing, type VersionListing } from '../../laws/query.ts';
import { findArticle, listArticles, type StoredArticle } from '../../laws/repository.ts';
import type { Sql } from '../../store/sql.ts';
import { FROM_VALUES, LISTED, jsonNumber, jsonText } from './sql-util.ts';

export async function allLaws(db: Sql, today: string): Promise<LawListing[]> {
  return await listLaws(db, today);
}

export async function lawById(db: Sql, id: string, today: string): Promise<LawListing | undefined> {
  return (await listLaws(db, today)).find((l) => l.id === id);
}

/** The version asked for by id, else the latest enacted one with text (with a note when newer ones lack text). */
export async function chosenVersion(law: LawListing, versionId: string | undefined): Promise<{ version: VersionListing; note: string | null } | null> {
  try {
    return await pickVersion(law, { version: versionId });
  } catch {
    return null;
  }
}

export async function articlesOf(db: Sql, versionId: string): Promise<StoredArticle[]> {
  return await listArticles(db, versionId);
}

export async function articleOf(db: Sql, versionId: string, number: number, suffix: number | null): Promise<StoredArticle | undefined> {
  return await findArticle(db, versionId, number, suffix);
}

export interface CitingItem {
  itemId: number;
  headline: string;
  date: string | null;
  surface: string | null;
  paragraph: number | null;
  versionId: string | null;
  linkStatus: string | null;
  note: string | null;
}

/** Current items citing an article of a law (any version), newest first; one row per item. */
export async function citingItems(sql: Sql, lawId: string, number: number, suffix: number | null): Promise<CitingItem[]> {
  const rows = await sql.all<CitingItem & { suffix: number | null }>(
    `SELECT i.id AS "itemId", i.headline, ${LISTED} AS date, v.surface,
       ${jsonNumber(sql, 'v.data', 'paragraph')} AS paragraph, ${jsonNumber(sql, 'v.data', 'suffix')} AS suffix,
       ${jsonText(sql, 'v.data', 'versionId')} AS "versionId", ${jsonText(sql, 'v.data', 'linkStatus')} AS "linkStatus",
       ${jsonText(sql, 'v.data', 'note')} AS note
     FROM ${FROM_VALUES}
     WHERE d.superseded_by IS NULL AND v.field = 'citation' AND ${jsonText(sql, 'v.data', 'lawId')} = ? AND ${jsonNumber(sql, 'v.data', 'article')} = ?
     ORDER BY coalesce(${LISTED}, '') DESC, i.id DESC, v.id`,
    [lawId, number],
  );
  const seen = new Set<number>();
  return rows
    .filter((r) => (r.suffix === null ? null : Number(r.suffix)) === suffix)
    .filter((r) => !seen.has(r.itemId) && seen.add(r.itemId) !== undefined)
    .map(({ suffix: _suffix, ...r }) => ({ ...r, paragraph: r.paragraph === null ? null : Number(r.paragraph) }));
}

/** Fines (penalty values) of the given items, per item. */
export async function finesOf(sql: Sql, itemIds: number[]): Promise<{ itemId: number; amount: number; currency: string }[]> {
  if (itemIds.length === 0) return [];
  const rows = await sql.all<{ itemId: number; amount: number | null; currency: string | null }>(
    `SELECT item_id AS "itemId", ${jsonNumber(sql, 'data', 'amount')} AS amount, ${jsonText(sql, 'data', 'currency')} AS currency
     FROM item_values WHERE field = 'penalty' AND item_id IN (${itemIds.map(() => '?').join(', ')})`,
    itemIds,
  );
  return rows.filter((r) => r.amount !== null).map((r) => ({ itemId: r.itemId, amount: Number(r.amount), currency: r.currency ?? 'CNY' }));
}

/** How often each article of a law is cited by current items, for the law's article list. */
export async function citationCounts(sql: Sql, lawId: string): Promise<Map<string, number>> {
  const rows = await sql.all<{ article: number; suffix: number | null; n: number }>(
    `SELECT ${jsonNumber(sql, 'v.data', 'article')} AS article, ${jsonNumber(sql, 'v.data', 'suffix')} AS suffix, COUNT(DISTINCT v.item_id) AS n
     FROM item_values v JOIN items i ON i.id = v.item_id JOIN documents d ON d.id = i.document_id
     WHERE d.superseded_by IS NULL AND v.field = 'citation' AND ${jsonText(sql, 'v.data', 'lawId')} = ?
     GROUP BY ${jsonNumber(sql, 'v.data', 'article')}, ${jsonNumber(sql, 'v.data', 'suffix')}`,
    [lawId],
  );
  return new Map(rows.map((r) => [articleKey(Number(r.article), r.suffix === null ? null : Number(r.suffix)), Number(r.n)]));
}

/** The URL form of an article: 45, or 253-1 for 第二百五十三条之一. */
export function articleKey(number: number, suffix: number | null): string {
  return suffix === null ? String(number) : `${number}-${suffix}`;
}
