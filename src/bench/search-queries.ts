import { pick, prng, type SeedItem } from './search-corpus.ts';

// The fixed query mix of `bench search`: 200 queries in the search-box language, drawn with a seeded
// PRNG from the seed items' own vocabulary and values, so the same seeds always give the same mix and
// every text term occurs in the corpus. Named words are the ones the issue asks about; the rest vary.

export const QUERY_KINDS = ['word2', 'word', 'phrase', 'english', 'exclusion', 'filters', 'text+filters', 'facets'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

/** Kinds whose latency target is the text-query one (p95 ≤ 50 ms at 1M items). */
export const TEXT_KINDS: readonly QueryKind[] = ['word2', 'word', 'phrase', 'english', 'exclusion', 'text+filters'];

export interface BenchQuery {
  kind: QueryKind;
  query: string;
  /** Whether facets over all matches are computed, as the web search page does. */
  facets: boolean;
  /** For text queries, the first text term: what the naive `LIKE '%…%'` scan looks for. */
  term: string | null;
}

const COUNTS: Record<QueryKind, number> = {
  word2: 30,
  word: 30,
  phrase: 25,
  english: 15,
  exclusion: 15,
  filters: 25,
  'text+filters': 30,
  facets: 30,
};

const NAMED_WORD2 = ['知网', '网信', '罚款'];
const NAMED_WORDS = ['人民法院', '数据出境安全评估', '个人信息'];
const NAMED_ENGLISH = ['EDPB', 'GDPR'];
const CJK_RUN = /[\u4E00-\u9FFF]{6,}/g;

interface Vocabulary {
  word2: string[];
  words: string[];
  english: string[];
  phrases: string[];
  categories: string[];
  regions: string[];
  topics: string[];
  authorities: string[];
  citations: { law: string; article: number }[];
}

function vocabulary(seeds: readonly SeedItem[]): Vocabulary {
  const set = (xs: Iterable<string>) => [...new Set(xs)].sort();
  const values = seeds.flatMap((s) => [...s.derived, ...s.paragraphs.flatMap((p) => p.values)]);
  const keywords = values.filter((v) => v.field === 'keyword').map((v) => v.value);
  const texts = seeds.flatMap((s) => s.paragraphs.map((p) => p.text));
  // Only words that really occur in a seed body, so every text query has matches.
  const occurs = (w: string) => texts.some((t) => t.includes(w));
  const cjk = keywords.filter((k) => /^[\u4E00-\u9FFF]+$/.test(k) && occurs(k));
  return {
    word2: set([...NAMED_WORD2, ...cjk.filter((k) => k.length === 2)]),
    words: set([...NAMED_WORDS, ...cjk.filter((k) => k.length >= 3)]),
    english: set([...NAMED_ENGLISH, ...keywords.filter((k) => /^[A-Za-z]{3,}$/.test(k) && occurs(k))]),
    phrases: set(texts.flatMap((t) => t.match(CJK_RUN) ?? [])),
    categories: set(seeds.map((s) => s.category)),
    regions: set(['江苏', ...seeds.flatMap((s) => (s.region ? [s.region] : []))]),
    topics: set(values.filter((v) => v.field === 'topic').map((v) => v.value)),
    authorities: set(values.filter((v) => v.field === 'authority' && v.surface && /[\u4E00-\u9FFF]/.test(v.surface)).map((v) => v.surface!)),
    citations: values
      .filter((v) => v.field === 'citation' && typeof v.data.law === 'string' && typeof v.data.article === 'number')
      .map((v) => ({ law: v.data.law as string, article: v.data.article as number })),
  };
}

/** The 200-query mix for a seed corpus, deterministic for a given PRNG seed. */
export function queryMix(seeds: readonly SeedItem[], seed = 4): BenchQuery[] {
  const rand = prng(seed);
  const v = vocabulary(seeds);
  const text = (kind: QueryKind, query: string, term: string): BenchQuery => ({ kind, query, facets: false, term });
  const filters = (query: string): BenchQuery => ({ kind: 'filters', query, facets: false, term: null });
  // A phrase: 4–8 characters cut from a real run of Chinese text.
  const phrase = () => {
    const run = pick(rand, v.phrases);
    const len = 4 + Math.floor(rand() * 5);
    const at = Math.floor(rand() * Math.max(1, run.length - len));
    return run.slice(at, at + len);
  };
  const year = () => 2019 + Math.floor(rand() * 7);
  const make: Record<QueryKind, (i: number) => BenchQuery> = {
    word2: (i) => {
      const w = NAMED_WORD2[i] ?? pick(rand, v.word2);
      return text('word2', w, w);
    },
    word: (i) => {
      const w = NAMED_WORDS[i] ?? pick(rand, v.words);
      return text('word', w, w);
    },
    phrase: () => {
      const p = phrase();
      return text('phrase', `"${p}"`, p);
    },
    english: (i) => {
      const w = NAMED_ENGLISH[i] ?? pick(rand, v.english);
      return text('english', w, w);
    },
    exclusion: (i) => {
      const w = i === 0 ? '个人信息' : pick(rand, [...v.words, ...v.word2]);
      const not = i === 0 ? '罚款' : pick(rand, v.word2.filter((x) => x !== w));
      return text('exclusion', `${w} -${not}`, w);
    },
    filters: (i) => {
      switch (i === 0 ? 0 : i === 1 ? 1 : Math.floor(rand() * 5)) {
        case 0:
          return filters('category:enforcement region:江苏');
        case 1:
          return filters('fine>=100000');
        case 2:
          return filters(`category:${pick(rand, v.categories)} after:${year()}-01-01`);
        case 3:
          return filters(`topic:${pick(rand, v.topics)}`);
        default:
          return filters(`region:${pick(rand, v.regions)}`);
      }
    },
    'text+filters': (i) => {
      if (i === 0) return text('text+filters', 'law:数据安全法 article:45 罚款', '罚款');
      const w = pick(rand, [...v.words, ...v.word2]);
      switch (Math.floor(rand() * 4)) {
        case 0: {
          const c = pick(rand, v.citations);
          return text('text+filters', `law:${c.law} article:${c.article} ${w}`, w);
        }
        case 1:
          return text('text+filters', `${w} category:${pick(rand, v.categories)}`, w);
        case 2:
          return text('text+filters', `${w} authority:${pick(rand, v.authorities)}`, w);
        default:
          return text('text+filters', `${w} after:${year()}-01-01 fine>=10000`, w);
      }
    },
    facets: (i) => {
      // The search page's question: matches of a word or a filter, with counts per field.
      const source = pick(rand, ['word2', 'word', 'english', 'filters', 'text+filters'] as const);
      const q = make[source](i + 100);
      return { ...q, kind: 'facets', facets: true };
    },
  };
  return QUERY_KINDS.flatMap((kind) => Array.from({ length: COUNTS[kind] }, (_, i) => make[kind](i)));
}
