import { readFileSync } from 'node:fs';
import { Jieba, TfIdf } from '@node-rs/jieba';
import { dict, idf } from '@node-rs/jieba/dict.js';
import { z } from 'zod';
import topicsData from './data/topics.json' with { type: 'json' };
import { FoldRegExp } from './fold-regex.ts';
import { Recent } from './recent.ts';
import { TermScanner, type Term } from './word-scan.ts';

// Keywords and topics for search and browsing.
//
// Keywords: jieba TF-IDF over the item, with a domain dictionary (data/domain-dict.txt) so terms
// like 数据出境 or 一案双查 are cut whole, and given a high IDF so they outrank everyday words.
// Stopwords (data/stopwords.txt), numbers, dates and single characters are dropped.
//
// Topics: a fixed taxonomy (data/topics.json) matched by its terms, so a topic is only ever
// assigned with the words that justify it. Each topic's terms form one pattern (topicRegExp); all
// topics are found in one pass of a trie that gives the same matches (see word-scan.ts).

const DATA_DIR = new URL('./data/', import.meta.url);

// Jieba's own IDF runs from about 2 (的) to 13.9 (hapax words); 12 ranks a domain term above
// ordinary vocabulary without letting one mention beat a term the item repeats.
const DOMAIN_IDF = 12;

// Parts of speech worth keeping: nouns, proper nouns, organisations, verbal nouns, idioms,
// abbreviations and Latin words. Verbs, adjectives, place and person names are not keywords.
const KEYWORD_POS = ['n', 'nz', 'nt', 'vn', 'l', 'j', 'eng'];

interface Segmenter {
  jieba: Jieba;
  tfidf: TfIdf;
  stopwords: Set<string>;
}

let segmenter: Segmenter | null = null;

function dataLines(file: string): string[] {
  return readFileSync(new URL(file, DATA_DIR), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

function loadSegmenter(): Segmenter {
  if (segmenter) return segmenter;
  const lines = dataLines('domain-dict.txt');
  const jieba = Jieba.withDict(dict);
  jieba.loadDict(Buffer.from(lines.join('\n') + '\n'));
  const tfidf = TfIdf.withDict(idf);
  tfidf.loadDict(Buffer.from(lines.map((l) => `${l.split(/\s+/u)[0]} ${DOMAIN_IDF}`).join('\n') + '\n'));
  const stopwords = new Set(dataLines('stopwords.txt').map((w) => w.toLowerCase()));
  segmenter = { jieba, tfidf, stopwords };
  return segmenter;
}

/** Words split by PDF extraction (`净网 2023`, `APP 应用 422 款`) are rejoined before cutting. */
export function keywordText(text: string): string {
  return recentKeywordTexts.get(text, null, () => {
    const normalised = text.normalize('NFKC');
    // A text without a space or tab (about two in five seed items) has nothing to rejoin.
    if (!normalised.includes(' ') && !normalised.includes('\t')) return normalised;
    return normalised.replace(/(?<=[\u4e00-\u9fff])[ \t]+(?=[\u4e00-\u9fff\w])|(?<=\w)[ \t]+(?=[\u4e00-\u9fff])/gu, '');
  });
}

// An item's keywords and its topics are read from the same text.
const recentKeywordTexts = new Recent<string>(1);

const NUMBER_LIKE = new FoldRegExp(String.raw`^(?:[\d.,%．]+[a-z]*|第?[零〇一二两三四五六七八九十百千万亿\d]+[条款项章节年月日号件起名家个批期次]?)$`, 'iu');

// In Chinese text, Latin tokens are kept only when they look like names (APP, CNKI, TikTok);
// everyday English words in a bilingual item's translation would otherwise crowd out the Chinese
// terms, because jieba's IDF table has no English and gives them all the median weight.
function isKeyword(word: string, stopwords: Set<string>, chinese: boolean): boolean {
  if (stopwords.has(word.toLowerCase()) || NUMBER_LIKE.for(word).test(word)) return false;
  if (/[\u4e00-\u9fff]/u.test(word)) return [...word].length >= 2;
  if (!/^[A-Za-z][\w./+&-]*$/u.test(word)) return false;
  const nameLike = /^[A-Z0-9&.-]{2,}$/u.test(word) || /^[A-Z][a-z]+[A-Z]/u.test(word);
  return chinese ? nameLike : nameLike || word.length >= 3;
}

/** Chinese enough that its keywords should be Chinese: a few dozen Han characters. */
function isChineseText(text: string): boolean {
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) han++;
  }
  return han >= 40 || han * 4 >= text.length;
}

/**
 * The `limit` most characteristic words of `text`, best first: domain terms kept whole, stopwords,
 * numbers and single characters dropped, Latin words deduplicated case-insensitively (APP/App).
 */
export function extractKeywords(text: string, limit = 10): string[] {
  return keywordsOfPrepared(keywordText(text), limit);
}

/** extractKeywords of a text already through keywordText (an item's is read by keywords and topics). */
export function keywordsOfPrepared(prepared: string, limit = 10): string[] {
  if (limit <= 0) return [];
  const { jieba, tfidf, stopwords } = loadSegmenter();
  const chinese = isChineseText(prepared);
  const ranked = tfidf.extractKeywords(jieba, prepared, limit * 4 + 10, KEYWORD_POS);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const { keyword } of ranked) {
    const key = keyword.toLowerCase();
    if (seen.has(key) || !isKeyword(keyword, stopwords, chinese)) continue;
    seen.add(key);
    out.push(keyword);
    if (out.length === limit) break;
  }
  return out;
}

const topicSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  label: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
  zh: z.array(z.string().min(1)),
  en: z.array(z.string().min(1)),
  notIn: z.array(z.string().min(1)).optional(),
});
export const topicsFileSchema = z.object({ topics: z.array(topicSchema).min(1) });
export type Topic = z.infer<typeof topicSchema>;

interface Topics {
  list: Topic[];
  scanner: TermScanner;
}

let topics: Topics | null = null;

/** The taxonomy, in data-file order. */
export function topicTaxonomy(): Topic[] {
  return loadTopics().list;
}

function loadTopics(): Topics {
  if (topics) return topics;
  const list = topicsFileSchema.parse(topicsData).topics;
  topics = { list, scanner: new TermScanner(list.flatMap((topic, i) => topicTerms(topic, i))) };
  return topics;
}

// One pattern per topic. Acronyms (AI, US, CII) must keep their capitals or `ai`/`us` in running
// English would match; other Latin terms ignore case. Latin terms need word edges, but a digit may
// follow (`APP3.7万余家次`, `GB/T32914`) and Chinese may touch them on either side.
// Longest first, so the words reported are the fullest term (数据跨境流动 over 数据跨境).
const byLength = (a: string, b: string) => b.length - a.length;
const isAcronym = (term: string) => /^[A-Z0-9/]+$/u.test(term);

/** The topic's terms as one regex: the definition that topicTerms gives the trie. */
export function topicRegExp(topic: Topic): RegExp {
  const latin = (term: string) => {
    const body = escapeRegExp(term);
    const cased = isAcronym(term) ? body : caseInsensitive(body);
    return `(?<![A-Za-z0-9])${cased}(?![A-Za-z])`;
  };
  const terms = [...[...topic.zh].sort(byLength).map(escapeRegExp), ...[...topic.en].sort(byLength).map(latin)];
  return new RegExp(terms.join('|'), 'gu');
}

/** The same terms, in the same order, for the scanner's list number `list`. */
function topicTerms(topic: Topic, list: number): Term[] {
  return [
    ...[...topic.zh].sort(byLength).map((word) => ({ list, word })),
    ...[...topic.en].sort(byLength).map((word) => ({ list, word, ignoreCase: !isAcronym(word), latinEdges: true })),
  ];
}

/**
 * Topics whose terms occur in `text`, most distinct terms first (ties in taxonomy order), each
 * with the distinct words that matched, as written. `normalised` is `keywordText(text)`, when the
 * caller has it already.
 */
export function assignTopics(text: string, normalised = keywordText(text)): { topic: string; matched: string[] }[] {
  const { list, scanner } = loadTopics();
  const hits = scanner.scan(normalised);
  const found: { topic: string; matched: string[]; order: number }[] = [];
  list.forEach((topic, order) => {
    const matched = new Map<string, string>();
    for (const m of hits[order] ?? []) {
      if (insideExcluded(normalised, m.index, m.text.length, topic.notIn ?? [])) continue;
      if (!matched.has(m.text.toLowerCase())) matched.set(m.text.toLowerCase(), m.text);
    }
    if (matched.size > 0) found.push({ topic: topic.id, matched: [...matched.values()], order });
  });
  return found
    .sort((a, b) => b.matched.length - a.matched.length || a.order - b.order)
    .map(({ topic, matched }) => ({ topic, matched }));
}

/** True when the match at `at` is part of one of `words` (银行 inside 银行卡). */
function insideExcluded(text: string, at: number, length: number, words: readonly string[]): boolean {
  return words.some((w) => {
    for (let i = text.indexOf(w, Math.max(0, at - w.length)); i >= 0 && i <= at; i = text.indexOf(w, i + 1)) {
      if (i + w.length >= at + length) return true;
    }
    return false;
  });
}

function caseInsensitive(body: string): string {
  return body.replace(/[A-Za-z]/gu, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
