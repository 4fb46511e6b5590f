import { articleLabel } from '../../laws/names.ts';
import { bodyById } from '../../extract/gazetteer.ts';
import type { Sql } from '../../store/sql.ts';
import { FROM_CURRENT, FROM_VALUES, LISTED, jsonNumber, jsonText } from './sql-util.ts';

// Enforcement statistics for the dashboard: current enforcement items (sub-cases counted at their
// release's date) by month, authority, region, cited article and topic.

export interface Bar {
  label: string;
  count: number;
  /** The search query this bar stands for. */
  query: string;
}

export interface MonthBar extends Bar {
  /** Sum of CNY fines in the month; other currencies are not added in. */
  finesCny: number;
}

export interface Dashboard {
  total: number;
  months: MonthBar[];
  authorities: Bar[];
  regions: Bar[];
  articles: Bar[];
  topics: Bar[];
}

const CURRENT_ENFORCEMENT = `d.superseded_by IS NULL AND i.category = 'enforcement'`;
const SCOPE = `${FROM_CURRENT} WHERE ${CURRENT_ENFORCEMENT}`;
const VALUES = `${FROM_VALUES} WHERE ${CURRENT_ENFORCEMENT}`;
// Value counts over many items filter by an id list (one pass over the field's index range) rather
// than a join per value row: about twice as fast at 100k items.
const SCOPE_IDS = `SELECT i.id FROM items i JOIN documents d ON d.id = i.document_id WHERE ${CURRENT_ENFORCEMENT}`;
const BASE = 'category:enforcement';

export async function dashboard(sql: Sql, top = 12): Promise<Dashboard> {
  const total = await sql.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${SCOPE}`);
  const months = await sql.all<{ month: string; n: number }>(
    `SELECT substr(${LISTED}, 1, 7) AS month, COUNT(*) AS n FROM ${SCOPE} AND ${LISTED} IS NOT NULL GROUP BY substr(${LISTED}, 1, 7) ORDER BY month`,
  );
  const fines = await sql.all<{ month: string; total: number }>(
    `SELECT substr(${LISTED}, 1, 7) AS month, SUM(${jsonNumber(sql, 'v.data', 'amount')}) AS total
     FROM ${VALUES} AND v.field = 'penalty' AND ${jsonText(sql, 'v.data', 'currency')} = 'CNY'
     GROUP BY substr(${LISTED}, 1, 7)`,
  );
  const fineBy = new Map(fines.map((f) => [f.month, Number(f.total)]));
  const topics = await sql.all<{ label: string; n: number }>(
    `SELECT v.value AS label, COUNT(DISTINCT v.item_id) AS n FROM item_values v WHERE v.field = 'topic' AND v.item_id IN (${SCOPE_IDS})
     GROUP BY v.value ORDER BY n DESC, label LIMIT ${top}`,
  );
  // One bar per body: 公安部, MPS and Ministry of Public Security share an id.
  const bodyKey = `coalesce(${jsonText(sql, 'v.data', 'id')}, v.value)`;
  const authorities = await sql.all<{ key: string; label: string; n: number }>(
    `SELECT ${bodyKey} AS key, MIN(v.value) AS label, COUNT(DISTINCT v.item_id) AS n FROM item_values v WHERE v.field = 'authority' AND v.item_id IN (${SCOPE_IDS})
     GROUP BY ${bodyKey} ORDER BY n DESC, label LIMIT ${top}`,
  );
  const regions = await sql.all<{ label: string; n: number }>(
    `SELECT i.region AS label, COUNT(*) AS n FROM ${SCOPE} AND i.region IS NOT NULL GROUP BY i.region ORDER BY n DESC, label LIMIT ${top}`,
  );
  const articles = await sql.all<{ law: string; article: number; n: number }>(
    `SELECT ${jsonText(sql, 'v.data', 'law')} AS law, ${jsonNumber(sql, 'v.data', 'article')} AS article, COUNT(DISTINCT i.id) AS n
     FROM ${VALUES} AND v.field = 'citation'
     GROUP BY ${jsonText(sql, 'v.data', 'law')}, ${jsonNumber(sql, 'v.data', 'article')} ORDER BY n DESC, law, article LIMIT ${top}`,
  );
  return {
    total: Number(total?.n ?? 0),
    months: monthRange(months.map((m) => m.month)).map((month) => ({
      label: month,
      count: Number(months.find((m) => m.month === month)?.n ?? 0),
      finesCny: fineBy.get(month) ?? 0,
      query: `${BASE} after:${month}-01 before:${month}-31`,
    })),
    authorities: authorities.map((r) => bar({ label: bodyById(r.key)?.name ?? r.label, n: r.n }, 'authority')),
    regions: regions.map((r) => bar(r, 'region')),
    articles: articles.map((r) => ({
      label: `${r.law} ${articleLabel(Number(r.article))}`,
      count: Number(r.n),
      query: `${BASE} law:${quoteValue(r.law)} article:${Number(r.article)}`,
    })),
    topics: topics.map((r) => bar(r, 'topic')),
  };
}

function bar(r: { label: string; n: number }, field: string): Bar {
  return { label: r.label, count: Number(r.n), query: `${BASE} ${field}:${quoteValue(r.label)}` };
}

/** A filter value as the query language reads it: quoted when it has spaces. */
export function quoteValue(v: string): string {
  return /[\s"]/.test(v) ? `"${v.replace(/"/g, '')}"` : v;
}

/** Every month from the first to the last given (sorted YYYY-MM), so quiet months show as zero. */
export function monthRange(sorted: string[]): string[] {
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return [];
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  for (let key = first; key <= last; key = `${y}-${String(m).padStart(2, '0')}`) {
    out.push(key);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}
