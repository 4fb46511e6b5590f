import type { Sql } from '../store/sql.ts';
import { listItems, valuesOf } from '../store/items.ts';
import { guideOf, sectionKeywords } from './guide.ts';
import { SECTIONS, groupIdOf, sectionIdOf } from './group.ts';
import type { Entry, Newsletter, Section } from './model.ts';
import { selectItems, type Selected } from './select.ts';

export interface ComposeOptions {
  from: string;
  to: string;
  query?: string | undefined;
  title?: string | undefined;
  issue?: number | undefined;
  bilingual?: boolean | undefined;
  publisher: string;
  disclaimer: string;
}

/** Selects, groups and summarises the period's items into the newsletter model. */
export async function composeNewsletter(sql: Sql, opts: ComposeOptions): Promise<Newsletter> {
  const selected = await selectItems(sql, opts);
  const { df, size } = await corpusKeywordFrequencies(sql);
  const sections: Section[] = [];
  for (const def of SECTIONS) {
    const items = selected.filter((s) => sectionIdOf(s.item.category) === def.id);
    if (items.length === 0) continue;
    const groups = def.groups.length
      ? def.groups
          .map((g) => ({ title: g.title, entries: items.filter((s) => groupIdOf(s, def.id) === g.id).map(toEntry) }))
          .filter((g) => g.entries.length > 0)
      : [{ title: null, entries: items.map(toEntry) }];
    sections.push({
      id: def.id,
      title: def.title,
      groups,
      guide: guideOf(items, def.title),
      keywords: sectionKeywords(items.flatMap((s) => [s.values, ...s.children.map((c) => c.values)]), df, size),
    });
  }
  return {
    title: opts.title ?? '网络安全与数据合规动态',
    issue: opts.issue ?? null,
    from: opts.from,
    to: opts.to,
    publisher: opts.publisher,
    disclaimer: opts.disclaimer,
    bilingual: Boolean(opts.bilingual),
    query: opts.query?.trim() || null,
    sections,
  };
}

function toEntry(sel: Selected): Entry {
  const { item } = sel;
  return {
    itemId: item.id,
    headline: displayHeadline(item.headline, item.sectionPath),
    titleEn: item.titleEn,
    date: item.date ?? item.listedDate,
    text: item.body,
    textEn: item.bodyEn,
    commentary: item.commentary,
    sources: sel.sources,
    children: sel.children.map(toEntry),
  };
}

/**
 * A report under a group heading may be headed by a place alone (浙江, 陕西 under 工信部及多省通信
 * 管理局通报…); out of its group it needs the group's heading to make sense.
 */
function displayHeadline(headline: string, sectionPath: string[]): string {
  const group = sectionPath.length >= 3 ? sectionPath[sectionPath.length - 1] : undefined;
  return group && headline.length <= 8 ? `${group}：${headline}` : headline;
}

// Document frequency of every stored keyword over all current items. Reads through the store's
// public functions; a dedicated aggregate query would be cheaper on a large corpus.
async function corpusKeywordFrequencies(sql: Sql): Promise<{ df: Map<string, number>; size: number }> {
  const ids = (await listItems(sql, { limit: Number.MAX_SAFE_INTEGER })).map((r) => r.id);
  const df = new Map<string, number>();
  for (const values of (await valuesOf(sql, ids)).values()) {
    for (const w of new Set(values.filter((v) => v.field === 'keyword').map((v) => v.value))) df.set(w, (df.get(w) ?? 0) + 1);
  }
  return { df, size: ids.length };
}
