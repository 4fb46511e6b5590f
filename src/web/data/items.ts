import { lookupAuthority } from '../../extract/authorities.ts';
import { bodyById } from '../../extract/gazetteer.ts';
import { applyOverrides, loadOverrides, type CorrectedItem } from '../../overrides/apply.ts';
import { isListField, LIST_FIELDS, type Field } from '../../overrides/fields.ts';
import { eventOf, sourcesOf, type EventSource } from '../../store/events.ts';
import { getItem, type ItemDetail } from '../../store/items.ts';
import type { Sql } from '../../store/sql.ts';
import { FROM_CURRENT, LISTED, inList, jsonNumber, jsonText } from './sql-util.ts';

/**
 * A field an editor corrected, shown with a "corrected" badge. `field` is the name the item page
 * uses: the value field for lists (`authority` for the authorities list), else the item field.
 */
export interface Correction {
  field: string;
  by: string;
  at: string;
}

export interface RelatedItem {
  id: number;
  headline: string;
  date: string | null;
}

export interface ItemView {
  /** The item with editors' corrections applied (values, scalar fields, tags). */
  item: CorrectedItem<ItemDetail>;
  /** The item's span of its document text, the text values' spans point into. */
  text: string;
  /** Document offset of `text`'s first character. */
  textStart: number;
  sources: EventSource[];
  related: { instrument: RelatedItem[]; article: RelatedItem[]; authority: RelatedItem[] };
  /** Bodies named in the item, with every form the text uses for each. */
  authorities: { name: string; id: string | null; level: string | null; en: string | null; forms: string[] }[];
  corrections: Correction[];
}

export async function loadItem(db: Sql, sql: Sql, id: number): Promise<ItemView | undefined> {
  const extracted = await getItem(db, id);
  if (!extracted) return undefined;
  const item = applyOverrides(extracted, await loadOverrides(sql, extracted));
  const doc = await sql.get<{ text: string }>('SELECT text FROM documents WHERE id = ?', [item.documentId]);
  const event = await eventOf(db, id);
  const sources = event ? await sourcesOf(db, event.eventId) : [];
  // One entry per body: 公安部, MPS and Ministry of Public Security in one item are one authority.
  const authorities: ItemView['authorities'] = [];
  for (const v of item.values.filter((x) => x.field === 'authority')) {
    const idOf = typeof v.data.id === 'string' ? v.data.id : null;
    const known = authorities.find((a) => (idOf !== null && a.id === idOf) || a.forms.includes(v.value));
    if (known) {
      if (!known.forms.includes(v.value)) known.forms.push(v.value);
      continue;
    }
    const entry = lookupAuthority(v.value);
    authorities.push({ name: entry?.name ?? v.value, id: idOf, level: entry?.level ?? null, en: entry?.en ?? null, forms: [v.value] });
  }
  // A markdown heading marker (`## 5. `) is layout, not text; values never point into it.
  const raw = doc ? doc.text.slice(item.start, item.end) : item.body;
  const marker = /^#{1,6}\s+/.exec(raw)?.[0].length ?? 0;
  return {
    item,
    text: raw.slice(marker),
    textStart: (doc ? item.start : 0) + marker,
    sources,
    related: await relatedItems(sql, item),
    authorities,
    corrections: Object.entries(item.corrections).map(([field, c]) => ({ field: pageField(field as Field), by: c.by, at: c.at })),
  };
}

function pageField(field: Field): string {
  return isListField(field) ? (LIST_FIELDS[field] ?? field) : field;
}

/** Other current items sharing an instrument, a cited article or an authority with the item. */
export async function relatedItems(sql: Sql, item: ItemDetail, limit = 6): Promise<ItemView['related']> {
  const instruments = unique(item.values.filter((v) => v.field === 'instrument').map((v) => v.value));
  // Authorities match by the names the item uses plus every gazetteer name of the same bodies: an
  // index range on (field, value), where matching the JSON id would read every authority value.
  const authorityValues = item.values.filter((v) => v.field === 'authority');
  const authorityNames = unique(
    authorityValues.flatMap((v) => {
      const body = typeof v.data.id === 'string' ? bodyById(v.data.id) : undefined;
      return [v.value, ...(body ? [body.name, ...body.aliases, body.en, body.abbr] : [])].filter((x): x is string => typeof x === 'string');
    }),
  );
  const articles = unique(
    item.values
      .filter((v) => v.field === 'citation' && typeof v.data.lawId === 'string' && typeof v.data.article === 'number')
      .map((v) => `${String(v.data.lawId)}#${String(v.data.article)}`),
  );
  // Driven by the values (IN, not a correlated EXISTS): one index range of the field, not a probe per item.
  const query = async (cond: string, params: (string | number)[]): Promise<RelatedItem[]> =>
    sql.all<RelatedItem>(
      `SELECT i.id, i.headline, ${LISTED} AS date FROM ${FROM_CURRENT}
       WHERE d.superseded_by IS NULL AND i.id <> ? AND i.id IN (SELECT v.item_id FROM item_values v WHERE ${cond})
       ORDER BY coalesce(${LISTED}, '') DESC, i.id DESC LIMIT ?`,
      [item.id, ...params, limit],
    );
  const lawArticle = `(${jsonText(sql, 'v.data', 'lawId')} || '#' || CAST(${jsonNumber(sql, 'v.data', 'article')} AS TEXT))`;
  return {
    instrument: instruments.length ? await query(`v.field = 'instrument' AND v.value IN ${inList(instruments)}`, instruments) : [],
    article: articles.length ? await query(`v.field = 'citation' AND ${lawArticle} IN ${inList(articles)}`, articles) : [],
    authority: authorityNames.length ? await query(`v.field = 'authority' AND v.value IN ${inList(authorityNames)}`, authorityNames) : [],
  };
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
