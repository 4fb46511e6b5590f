// The newsletter as data: what the composer decided (sections, groups, entries, guides). Every
// output format is rendered from this, through the block layout in layout.ts.

export interface EntrySource {
  /** The document the report came from (file path or URL as ingested). */
  document: string;
  /** The item's own （来源：…） line, when it had one. */
  sourceLine: string | null;
  headline: string;
}

export interface Entry {
  itemId: number;
  headline: string;
  /** English headline of a bilingual item. */
  titleEn: string | null;
  date: string | null;
  text: string;
  textEn: string | null;
  commentary: string | null;
  /** Every report of this development, first one first; length > 1 when several sources report it. */
  sources: EntrySource[];
  /** Sub-cases (案例一…) published inside this release. */
  children: Entry[];
}

export interface Group {
  /** Null for sections that are not subdivided. */
  title: string | null;
  entries: Entry[];
}

export interface Section {
  id: SectionId;
  title: string;
  groups: Group[];
  /** Generated 导读 sentences. */
  guide: string[];
  keywords: string[];
}

export type SectionId = 'legislation' | 'enforcement' | 'judicial' | 'industry' | 'overseas';

export interface Newsletter {
  title: string;
  issue: number | null;
  from: string;
  to: string;
  publisher: string;
  disclaimer: string;
  bilingual: boolean;
  query: string | null;
  sections: Section[];
}

export function entriesOf(section: Section): Entry[] {
  return section.groups.flatMap((g) => g.entries);
}
