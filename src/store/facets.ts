import { filterSql, type ItemFilter } from './items.ts';
import type { Sql } from './sql.ts';

export interface FacetValue {
  value: string;
  count: number;
}

export type Facets = Record<'category' | 'region' | 'year' | 'authority' | 'law' | 'topic' | 'action', FacetValue[]>;

/** Counts of items per value of every filterable field, over the items the filter selects. */
export async function facetCounts(sql: Sql, f: ItemFilter, limit = 15): Promise<Facets> {
  if (f.ids && f.ids.length === 0) return emptyFacets();
  const { where, params } = filterSql(sql, { ...f, limit: undefined, offset: undefined });
  // The matching set is computed once and read twice: one pass over its items for the item fields
  // (grouped by all three together, summed per field below), one over its values through the
  // (item_id, field, value) index. A citation's value starts with its law (`数据安全法#45#`).
  // CROSS JOIN keeps SQLite from scanning all values and probing the set instead; PostgreSQL reads
  // it as a plain join.
  const law = sql.dialect === 'sqlite' ? "substr(v.value, 1, instr(v.value, '#') - 1)" : "split_part(v.value, '#', 1)";
  const rows = await sql.all<{ field: string; facet: string | null; region: string | null; year: string | null; count: number }>(
    `WITH scope(id) AS MATERIALIZED (SELECT i.id FROM items i WHERE ${where.join(' AND ')})
     SELECT 'category' AS field, i.category AS facet, i.region AS region, substr(i.listed_date, 1, 4) AS year, COUNT(*) AS count
       FROM scope s CROSS JOIN items i WHERE i.id = s.id GROUP BY i.category, i.region, substr(i.listed_date, 1, 4)
     UNION ALL
     SELECT field, facet, NULL, NULL, COUNT(*) FROM (
       SELECT DISTINCT v.item_id, v.field AS field, CASE v.field WHEN 'citation' THEN ${law} ELSE v.value END AS facet
       FROM scope s CROSS JOIN item_values v
       WHERE v.item_id = s.id AND v.field IN ('authority', 'citation', 'topic', 'action')) per_item
     GROUP BY field, facet`,
    params,
  );
  const counts = new Map<keyof Facets, Map<string, number>>();
  const add = (field: keyof Facets, value: string | null, n: number) => {
    if (value === null) return;
    const m = counts.get(field) ?? new Map<string, number>();
    m.set(value, (m.get(value) ?? 0) + n);
    counts.set(field, m);
  };
  for (const r of rows) {
    if (r.field === 'category') {
      add('category', r.facet, r.count);
      add('region', r.region, r.count);
      add('year', r.year, r.count);
    } else {
      add(r.field === 'citation' ? 'law' : (r.field as keyof Facets), r.facet, r.count);
    }
  }
  // Ties in code-point order, the same on both backends whatever their collation.
  const top = (field: keyof Facets): FacetValue[] =>
    [...(counts.get(field) ?? new Map<string, number>())]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
      .slice(0, limit);
  return { category: top('category'), region: top('region'), year: top('year'), authority: top('authority'), law: top('law'), topic: top('topic'), action: top('action') };
}

export function emptyFacets(): Facets {
  return { category: [], region: [], year: [], authority: [], law: [], topic: [], action: [] };
}
