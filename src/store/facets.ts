import { jsonText } from './dialect.ts';
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
  const scope = `SELECT i.id FROM items i JOIN documents d ON d.id = i.document_id WHERE ${where.join(' AND ')}`;
  const column = async (expr: string) =>
    (
      await sql.all(
        `SELECT ${expr} AS facet, COUNT(*) AS count FROM items i WHERE i.id IN (${scope}) AND ${expr} IS NOT NULL
         GROUP BY facet ORDER BY count DESC, facet LIMIT ${limit}`,
        params,
      )
    ).map(toFacet);
  // An item counts once per value, however often it mentions it.
  const values = async (field: string, expr = 'v.value') =>
    (
      await sql.all(
        `SELECT ${expr} AS facet, COUNT(DISTINCT v.item_id) AS count FROM item_values v
         WHERE v.field = '${field}' AND v.item_id IN (${scope})
         GROUP BY facet ORDER BY count DESC, facet LIMIT ${limit}`,
        params,
      )
    ).map(toFacet);
  return {
    category: await column('i.category'),
    region: await column('i.region'),
    year: await column('substr(coalesce(i.date, (SELECT p.date FROM items p WHERE p.id = i.parent_id)), 1, 4)'),
    authority: await values('authority'),
    law: await values('citation', jsonText(sql, 'v.data', 'law')),
    topic: await values('topic'),
    action: await values('action'),
  };
}

// Aliased as `facet` because SQLite resolves GROUP BY names against table columns first, and
// item_values has a column called `value`.
function toFacet(row: unknown): FacetValue {
  const r = row as { facet: string; count: number };
  return { value: String(r.facet), count: r.count };
}

function emptyFacets(): Facets {
  return { category: [], region: [], year: [], authority: [], law: [], topic: [], action: [] };
}
