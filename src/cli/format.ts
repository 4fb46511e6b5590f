import type { ItemRow } from '../store/items.ts';

/** One line per item: id, date, category, headline. */
export function itemLine(item: ItemRow): string {
  const date = (item.listedDate ?? '—').padEnd(10);
  const cat = item.category.padEnd(11);
  return `${String(item.id).padStart(5)}  ${date}  ${cat}  ${item.headline}`;
}

export function itemSummary(item: ItemRow) {
  return {
    id: item.id,
    document: item.documentSource,
    seq: item.seq,
    parentId: item.parentId,
    title: item.title,
    headline: item.headline,
    date: item.date,
    listedDate: item.listedDate,
    category: item.category,
    region: item.region,
    status: item.status,
    deadline: item.deadline,
    section: item.sectionPath,
  };
}
