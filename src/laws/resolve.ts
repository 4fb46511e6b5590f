import { articleLabel, isDraftName, nameKey } from './names.ts';
import { chooseVersion, type LawInfo, type VersionInfo } from './versions.ts';

// Links a citation (law as written, article, 款) to the version of the law in force on the item's
// date and to that version's article. It never links across versions: a 2026 citation of 网络安全法
// is not linked to the 2016 text, whose numbering the 2025 amendment changed.

export type LinkStatus = 'linked' | 'version-without-text' | 'article-missing' | 'unknown-law';

export interface ArticleText {
  label: string;
  paragraphs: string[];
}

export interface CitationLink {
  lawId: string | null;
  versionId: string | null;
  status: LinkStatus;
  note: string | null;
  article?: ArticleText;
}

export interface CitationInput {
  law: string;
  article: number;
  paragraph: number | null;
  /** 1 for 第X条之一; absent or null for a plain article. */
  suffix?: number | null;
}

/** What the resolver needs from storage: laws, versions, and one article at a time. */
export interface LawCorpus {
  laws: LawInfo[];
  versions: VersionInfo[];
  article(versionId: string, number: number, suffix: number | null): ArticleText | undefined;
}

export interface Resolver {
  /** The law id for a name as written (title, short title, alias, English name), or null. */
  resolveLaw(name: string): string | null;
  resolveCitation(citation: CitationInput, itemDate: string | null): CitationLink;
  law(id: string): LawInfo | undefined;
  versionsOf(lawId: string): VersionInfo[];
}

export function createResolver(corpus: LawCorpus): Resolver {
  const byKey = new Map<string, string>();
  const laws = new Map(corpus.laws.map((l) => [l.id, l]));
  for (const law of corpus.laws) {
    for (const name of [law.id, law.title, law.shortTitle, ...law.aliases]) {
      const key = nameKey(name);
      // Aliases are unique across laws (checked on import); a clash keeps the first law.
      if (key !== '' && !byKey.has(key)) byKey.set(key, law.id);
    }
  }
  const versionsOf = (lawId: string) => corpus.versions.filter((v) => v.lawId === lawId);
  const resolveLaw = (name: string) => byKey.get(nameKey(name)) ?? null;

  function resolveCitation(c: CitationInput, itemDate: string | null): CitationLink {
    const lawId = resolveLaw(c.law);
    const law = lawId === null ? undefined : laws.get(lawId);
    if (lawId === null || !law) {
      return { lawId: null, versionId: null, status: 'unknown-law', note: `no law known as "${c.law}"` };
    }
    const label = articleLabel(c.article, c.suffix ?? null);
    if (isDraftName(c.law)) {
      const note = `"${c.law}" is a draft; article numbers of drafts are not in the corpus`;
      return { lawId, versionId: null, status: 'version-without-text', note };
    }
    const choice = chooseVersion(law, versionsOf(lawId), itemDate);
    const version = choice.version;
    if (!version) return { lawId, versionId: null, status: 'version-without-text', note: choice.note };
    if (!version.hasText) {
      const withText = versionsOf(lawId).filter((v) => v.hasText).map((v) => v.id);
      const others = withText.length > 0 ? `; ${withText.join(', ')} has text but its numbering may differ` : '';
      const note = join(choice.note, `${law.shortTitle} ${label}: version ${version.id} applies, and its text is not in the corpus${others}`);
      return { lawId, versionId: version.id, status: 'version-without-text', note };
    }
    const article = corpus.article(version.id, c.article, c.suffix ?? null);
    if (!article) {
      const note = join(choice.note, `${label} is not in ${version.id} (${version.articleCount} articles)`);
      return { lawId, versionId: version.id, status: 'article-missing', note };
    }
    if (c.paragraph !== null && c.paragraph > article.paragraphs.length) {
      const note = join(choice.note, `${label} of ${version.id} has ${article.paragraphs.length} 款; 第${c.paragraph}款 is cited`);
      return { lawId, versionId: version.id, status: 'article-missing', note, article };
    }
    return { lawId, versionId: version.id, status: 'linked', note: choice.note, article };
  }

  return { resolveLaw, resolveCitation, law: (id) => laws.get(id), versionsOf };
}

function join(a: string | null, b: string): string {
  return a === null ? b : `${a}; ${b}`;
}
