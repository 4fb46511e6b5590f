import { NotFoundError, QueryError } from '../errors.ts';
import type { Sql } from '../store/sql.ts';
import { articleLabel, parseArticleRef } from './names.ts';
import { findArticle, listArticles, listLawRows, listVersionRows, type StoredArticle } from './repository.ts';
import { createResolver } from './resolve.ts';
import { chooseVersion, versionState, type VersionInfo } from './versions.ts';
import type { LawRow, VersionRow } from './repository.ts';

// What `regwatch laws list` and `laws show` read: laws with their versions, and one article of the
// version a user asks for (by id or date; by default the latest version with text).

export interface VersionListing extends Omit<VersionRow, 'history'> {
  state: ReturnType<typeof versionState>;
}

export interface LawListing extends LawRow {
  versions: VersionListing[];
}

export async function listLaws(sql: Sql, today: string): Promise<LawListing[]> {
  const versions = await listVersionRows(sql);
  return (await listLawRows(sql)).map((law) => ({
    ...law,
    versions: versions
      .filter((v) => v.lawId === law.id)
      .map(({ history: _history, ...v }) => ({ ...v, state: versionState(v, today) })),
  }));
}

/** A law by id, full title, short title or alias. */
export async function findLaw(sql: Sql, name: string, today: string): Promise<LawListing> {
  const laws = await listLaws(sql, today);
  if (laws.length === 0) throw new NotFoundError('no laws imported yet; run `regwatch laws import <folder>` first');
  const resolver = createResolver({ laws, versions: laws.flatMap((l) => l.versions), article: () => undefined });
  const id = resolver.resolveLaw(name);
  const law = laws.find((l) => l.id === id);
  if (!law) throw new NotFoundError(`no law known as "${name}"; \`regwatch laws list\` shows the known laws and ids`);
  return law;
}

export interface VersionPick {
  version?: string | undefined;
  date?: string | undefined;
}

export interface ArticleView {
  law: { id: string; title: string };
  version: VersionListing;
  article: StoredArticle;
  note: string | null;
}

/** The version to show: the one named, the one in force on a date, or the latest with text. */
export function pickVersion(law: LawListing, pick: VersionPick): { version: VersionListing; note: string | null } {
  if (pick.version) {
    const version = law.versions.find((v) => v.id === pick.version);
    if (!version) throw new NotFoundError(`${law.shortTitle} has no version ${pick.version}; it has ${law.versions.map((v) => v.id).join(', ')}`);
    return { version, note: null };
  }
  if (pick.date) {
    if (!/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(pick.date)) throw new QueryError(`--date must be YYYY-MM-DD, not "${pick.date}"`);
    const choice = chooseVersion(law, law.versions, pick.date);
    const version = law.versions.find((v) => v.id === choice.version?.id);
    if (!version) throw new NotFoundError(choice.note ?? `${law.shortTitle} has no version in force on ${pick.date}`);
    return { version, note: choice.note };
  }
  const withText = law.versions.filter((v) => v.hasText && v.status === 'enacted');
  const version = withText[withText.length - 1];
  if (!version) throw new NotFoundError(`no text of ${law.shortTitle} is imported (versions: ${law.versions.map((v) => v.id).join(', ')})`);
  const newer = law.versions.filter((v) => v.status === 'enacted' && !v.hasText && later(v, version));
  const note = newer.length > 0 ? `showing ${version.id}; newer ${newer.map((v) => v.id).join(', ')} has no text in the corpus` : null;
  return { version, note };
}

function later(a: VersionInfo, b: VersionInfo): boolean {
  return (a.inForceFrom ?? a.promulgated ?? '') > (b.inForceFrom ?? b.promulgated ?? '');
}

export async function showArticle(sql: Sql, law: LawListing, articleInput: string, pick: VersionPick): Promise<ArticleView> {
  const ref = parseArticleRef(articleInput);
  if (!ref) throw new QueryError(`"${articleInput}" is not an article; write 45, 第四十五条 or 253之一`);
  const { version, note } = pickVersion(law, pick);
  if (!version.hasText) {
    throw new NotFoundError(`${law.shortTitle} ${articleLabel(ref.number, ref.suffix)}: version ${version.id} has no text in the corpus${note ? ` (${note})` : ''}`);
  }
  const article = await findArticle(sql, version.id, ref.number, ref.suffix);
  if (!article) {
    throw new NotFoundError(`${articleLabel(ref.number, ref.suffix)} is not in ${version.id} (${version.articleCount} articles)`);
  }
  return { law: { id: law.id, title: law.title }, version, article, note };
}

export interface ChapterSummary {
  chapter: string[];
  first: string;
  last: string;
  articles: number;
}

/** The table of contents of a version: each chapter path with its first and last article. */
export async function tableOfContents(sql: Sql, versionId: string): Promise<ChapterSummary[]> {
  const out: ChapterSummary[] = [];
  for (const a of await listArticles(sql, versionId)) {
    const last = out[out.length - 1];
    if (last && last.chapter.join('/') === a.chapter.join('/')) {
      last.last = a.label;
      last.articles += 1;
    } else {
      out.push({ chapter: a.chapter, first: a.label, last: a.label, articles: 1 });
    }
  }
  return out;
}
