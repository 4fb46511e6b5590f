import type { Db } from './db.ts';
import { filterSql, type ItemFilter } from './items.ts';

export interface FacetValue {
  value: string;
  count: number;
}

export type Facets = Record<'category' | 'region' | 'year' | 'authority' | 'law' | 'topic' | 'action', FacetValue[]>;

/** Counts of items per value of every filterable field, over the items the filter selects. */
export function facetCounts(db: Db, f: ItemFilter, limit = 15): Facets {
  if (f.ids && f.ids.length === 0) return emptyFacets();
  const { where, params } = filterSql({ ...f, limit: undefined, offset: undefined });
  const scope = `SELECT i.id FROM items i JOIN documents d ON d.id = i.document_id WHERE ${where.join(' AND ')}`;
  const column = (expr: string) =>
    db
      .prepare(
        `SELECT ${expr} AS facet, COUNT(*) AS count FROM items i WHERE i.id IN (${scope}) AND ${expr} IS NOT NULL
         GROUP BY facet ORDER BY count DESC, facet LIMIT ${limit}`,
      )
      .all(params)
      .map(toFacet);
  // An item counts once per value, however often it mentions it.
  const values = (field: string, expr = 'v.value') =>
    db
      .prepare(
        `SELECT ${expr} AS facet, COUNT(DISTINCT v.item_id) AS count FROM item_values v
         WHERE v.field = '${field}' AND v.item_id IN (${scope})
         GROUP BY facet ORDER BY count DESC, facet LIMIT ${limit}`,
      )
      .all(params)
      .map(toFacet);
  return {
    category: column('i.category'),
    region: column('i.region'),
    year: column('substr(coalesce(i.date, (SELECT p.date FROM items p WHERE p.id = i.parent_id)), 1, 4)'),
    authority: values('authority'),
    law: values('citation', "json_extract(v.data, '$.law')"),
    topic: values('topic'),
    action: values('action'),
  };
}

// Aliased as `facet` because SQLite resolves GROUP BY names against table columns first, and
// item_values has a column called `value`.
function toFacet(row: unknown): FacetValue {
  const r = row as { facet: string; count: number };
  return { value: String(r.facet), count: r.count };
}

export function emptyFacets(): Facets {
  return { category: [], region: [], year: [], authority: [], law: [], topic: [], action: [] };
}
