import type { Citation, Found, Span } from './types.ts';
import { chineseIntegerToNumber } from './numbers.ts';
import { bracketedTitles, resolveShortForm, shortFormEntries, type ShortForm } from './instruments.ts';
import cues from './data/citation-cues.json' with { type: 'json' };

// Cited provisions: 《数据安全法》第二十七条、第四十五条第一款 → (数据安全法, 27, null), (数据安全法, 45, 1).
// Each 第…条 in the text is read with what follows it (款, 项, a range), then given the law it belongs
// to: the title right before it, a bare name (网络安全法第二十二条), an anaphor (该法, 同法), or else
// the last law named earlier in the same sentence. Articles that are not whole numbers
// (第64-2条, 刑法第二百五十三条之一) are left out, as FORMAT.md asks.

const N = '(?:[零〇一二两三四五六七八九十百千]+|\\d+)';
// 第二十一条 / 第二十一、二十五条 / 第六十六至六十八条; 條 is the traditional spelling.
const ARTICLE = new RegExp(`第\\s*(${N}(?:\\s*[、，,]\\s*${N})*(?:\\s*[至到~～]\\s*${N})?)\\s*[条條]`, 'g');
const SUB_ARTICLE = /^\s*之\s*[一二三四五六七八九十\d]/;
// `第四十一条、四十二条`: a further article written without its 第 (not `…条之一`).
const BARE_ARTICLE = new RegExp(`^\\s*[、，,和及]\\s*(${N})\\s*[条條](?!\\s*之)`);
const RANGE_END = new RegExp(`^\\s*[至到~～]\\s*第?\\s*(${N})\\s*[条條]`);
// 第一款, and a list of 款 under one 第 (第一、二款).
const PARAGRAPH = new RegExp(`^\\s*第\\s*(${N}(?:\\s*[、，,和及]\\s*${N})*)\\s*款`);
const MORE_PARAGRAPH = new RegExp(`^\\s*[、，,和及或与]\\s*第\\s*(${N})\\s*款`);
const ITEM = new RegExp(`^\\s*(?:第\\s*)?[（(]?\\s*${N}\\s*[）)]?\\s*项`);
// Not the newline: PDF text breaks sentences across lines, even between a law and its articles.
const SENTENCE_END = /[。！？!?；;]/;
const MAX_RANGE = 30;

/** An article, 款 or range bound: a whole number above zero (第〇条 is noise). */
export function articleNumber(s: string): number | null {
  const n = chineseIntegerToNumber(s);
  return n !== null && n > 0 ? n : null;
}

interface Mention {
  law: string;
  /** Offset just past the mention; a law applies to articles after it. */
  end: number;
}

export function lawName(title: string): string {
  return title.trim().replace(/^中华人民共和国|^中華人民共和國/, '').trim();
}

function titleMentions(text: string, entries: readonly ShortForm[]): Mention[] {
  return bracketedTitles(text).map((t) => ({
    law: lawName(resolveShortForm(entries, t.title, t.open) ?? t.title),
    end: t.close,
  }));
}

/** The law a 第…条 at `start` belongs to, or null. */
function lawBefore(text: string, start: number, mentions: readonly Mention[], entries: readonly ShortForm[]): string | null {
  const window = text.slice(Math.max(0, start - 60), start);
  const before = window.trimEnd();
  const beforeEnd = start - (window.length - before.length);
  const adjacent = mentions.filter((m) => m.end === beforeEnd).pop();
  if (adjacent) return adjacent.law;
  const alias = before.match(/》\s*[（(][^（）()]{1,20}[）)]$/);
  if (alias) {
    const end = beforeEnd - alias[0].length + 1;
    const titled = mentions.find((m) => m.end === end);
    if (titled) return titled.law;
  }
  const anaphor = before.match(/(?:该|同|本|此|上述|前述|該)(法律|法规|法|条例|規定|规定|办法|辦法|條例)$/);
  if (anaphor) return lastLaw(mentions, start, anaphor[1] ?? '', null);
  // `一般资料保护规则（GDPR）第6条`: a bare name with its abbreviation in brackets.
  const bare = bareLawName(before) ?? bareLawName(before.replace(/[（(][A-Za-z]{2,10}[）)]$/, ''));
  if (bare) return lawName(resolveShortForm(entries, bare, start) ?? bare);
  const sentenceStart = lastIndexOfSentenceEnd(text, start);
  return lastLaw(mentions, start, '', sentenceStart);
}

function lastIndexOfSentenceEnd(text: string, before: number): number {
  for (let i = before - 1; i >= 0; i -= 1) if (SENTENCE_END.test(text[i] ?? '')) return i;
  return -1;
}

/** The last law named before `start`, of the kind an anaphor asks for (该条例 → a 条例). */
function lastLaw(mentions: readonly Mention[], start: number, kind: string, notBefore: number | null): string | null {
  const wanted = kind === '法律' || kind === '法规' ? '' : kind;
  for (let k = mentions.length - 1; k >= 0; k -= 1) {
    const m = mentions[k];
    if (!m || m.end > start) continue;
    if (notBefore !== null && m.end <= notBefore) return null;
    if (m.law.replace(/[（(][^）)]*[）)]$/, '').endsWith(wanted)) return m.law;
  }
  return null;
}

const BARE_RUN = new RegExp(`([\\u4e00-\\u9fff]{1,24}(?:${cues.lawSuffixes.join('|')})|[A-Z][A-Za-z]{1,9})$`);

/** A law named without 《》 right before 第…条: 违反网络安全法 → 网络安全法. */
export function bareLawName(before: string): string | null {
  const m = before.match(BARE_RUN);
  if (!m) return null;
  const run = m[1] ?? '';
  if (/^[A-Z]/.test(run)) return /^[A-Z]{2,}/.test(run) ? run : null;
  let name: string | null = null;
  const verb = lastVerb(run);
  if (verb !== null) name = run.slice(verb);
  else {
    const known = cues.knownLaws.filter((k) => run.endsWith(k)).sort((a, b) => b.length - a.length)[0];
    const leftEdge = m.index === 0 || !/[\u4e00-\u9fff]/.test(before[(m.index ?? 0) - 1] ?? '');
    name = known ?? (leftEdge && run.length <= 15 ? run : null);
  }
  if (name === null) return null;
  const particle = cues.leadParticles.find((p) => name?.startsWith(p) && name.length - p.length >= 3);
  if (particle) name = name.slice(particle.length);
  return plausibleName(name) ? name : null;
}

function lastVerb(run: string): number | null {
  let best: number | null = null;
  for (const v of cues.leadVerbs) {
    const at = run.lastIndexOf(v);
    if (at !== -1 && at + v.length < run.length && (best === null || at + v.length > best)) best = at + v.length;
  }
  return best;
}

function plausibleName(name: string): boolean {
  if (cues.vagueNames.some((v) => name.startsWith(v)) || cues.notLaws.includes(name)) return false;
  return name.length >= (/[规規]定$|[办辦]法$/.test(name) ? 4 : 2);
}

interface ArticleRef {
  articles: number[];
  paragraphs: (number | null)[];
  span: Span;
}

/** Reads one 第…条 match together with the 款, 项 and range after it. */
function readArticleRef(text: string, m: RegExpExecArray): ArticleRef | null {
  let end = m.index + m[0].length;
  if (SUB_ARTICLE.test(text.slice(end, end + 6))) return null;
  const numbers = (m[1] ?? '').split(/\s*[、，,]\s*/);
  const articles: number[] = [];
  for (const part of numbers) {
    const [from, to] = part.split(/\s*[至到~～]\s*/);
    articles.push(...expand(from ?? '', to));
  }
  const range = text.slice(end, end + 20).match(RANGE_END);
  if (range && articles.length === 1) {
    articles.splice(0, 1, ...expand(m[1] ?? '', range[1]));
    end += range[0].length;
  }
  for (let more = text.slice(end, end + 12).match(BARE_ARTICLE); more; more = text.slice(end, end + 12).match(BARE_ARTICLE)) {
    articles.push(...expand(more[1] ?? '', undefined));
    end += more[0].length;
  }
  const paragraphs: (number | null)[] = [];
  const first = text.slice(end, end + 12).match(PARAGRAPH);
  if (first) {
    for (const n of (first[1] ?? '').split(/\s*[、，,和及]\s*/)) paragraphs.push(articleNumber(n));
    end += first[0].length;
    for (;;) {
      const item = text.slice(end, end + 12).match(ITEM);
      if (item) end += item[0].length;
      const more = text.slice(end, end + 12).match(MORE_PARAGRAPH);
      if (!more) break;
      paragraphs.push(articleNumber(more[1] ?? ''));
      end += more[0].length;
    }
  } else {
    const item = text.slice(end, end + 12).match(ITEM);
    if (item) end += item[0].length;
  }
  if (articles.length === 0 || articles.some((a) => !Number.isInteger(a))) return null;
  return { articles, paragraphs, span: { start: m.index, end } };
}

function expand(from: string, to: string | undefined): number[] {
  const a = articleNumber(from);
  const b = to === undefined ? a : articleNumber(to);
  if (a === null || b === null) return [];
  if (b < a || b - a > MAX_RANGE) return [a];
  return Array.from({ length: b - a + 1 }, (_, k) => a + k);
}

function chineseCitations(text: string): Found<Citation>[] {
  // Every citation is a 第…条 (ARTICLE): without 条 or 條 there is nothing to look up.
  if (!text.includes('条') && !text.includes('條')) return [];
  const entries = shortFormEntries(text);
  const titles = bracketedTitles(text);
  const mentions = titleMentions(text, entries);
  const out: Found<Citation>[] = [];
  for (const m of text.matchAll(ARTICLE)) {
    if (titles.some((t) => t.open < m.index && m.index < t.close)) continue;
    if (isArticleHeading(text, m.index, m.index + m[0].length)) continue;
    const ref = readArticleRef(text, m as RegExpExecArray);
    if (!ref) continue;
    const law = lawBefore(text, m.index, mentions, entries);
    if (law === null || law === '') continue;
    // Later articles in the sentence (、第二十五条) find the law through this mention.
    insertMention(mentions, { law, end: ref.span.end });
    const spanText = text.slice(ref.span.start, ref.span.end);
    ref.articles.forEach((article, k) => {
      const last = k === ref.articles.length - 1;
      const paragraphs = last && ref.paragraphs.length > 0 ? ref.paragraphs : [null];
      for (const paragraph of paragraphs) {
        out.push({ value: { law, article, paragraph }, span: ref.span, text: spanText });
      }
    });
  }
  return out;
}

/**
 * `第一条　为了规范网络安全事件应急处置工作…` opening a line: the heading of an article of a text the
 * item prints (a draft published for comment), not a reference to one. A reference that a PDF line
 * break puts at a line's start runs on (`第五十九条的规定`).
 */
function isArticleHeading(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return /^[ \t]*$/.test(text.slice(lineStart, start)) && /^[ \t]+[^\s，,、]/.test(text.slice(end, end + 3));
}

function insertMention(mentions: Mention[], m: Mention): void {
  const at = mentions.findIndex((x) => x.end > m.end);
  if (at === -1) mentions.push(m);
  else mentions.splice(at, 0, m);
}

export function extractCitations(text: string): Found<Citation>[] {
  const all = [...chineseCitations(text), ...englishCitations(text)].sort((a, b) => a.span.start - b.span.start);
  const seen = new Set<string>();
  return all.filter((f) => {
    const key = `${f.value.law}|${f.value.article}|${f.value.paragraph}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// English: "Article 45 of the Data Security Law", "Articles 21 and 59 of the Cybersecurity Law",
// "Art. 5(1)(a) GDPR". The first (n) after an article is a paragraph in EU-style numbering but an
// item (项) in Chinese laws, whose English names end in "Law", "Measures", "Provisions" ….
const EN_NUM = String.raw`\d+(?:\s*\(\s*\d+\s*\))?(?:\s*\(\s*[a-z]{1,4}\s*\))*`;
const EN_REF = new RegExp(
  String.raw`\b(?:(?:paragraph|para\.?)\s+(\d+)\s+of\s+)?(Articles?|Arts?\.?|[Ss]ections?|regulations?)\s+(${EN_NUM}(?:\s*(?:,|and|or|&|to|through|-|–)\s*${EN_NUM})*)(?:,?\s+(?:paragraph|para\.?)\s+(\d+),?)?`,
  'g',
);
const EN_NAME = String.raw`(?:[A-Z][\w'’-]*|\((?:EU|EC)\)|\d{4}(?:\/\d+)?)`;
const EN_LAW = new RegExp(
  String.raw`^(?:\s*,?\s+of\s+(?:the\s+)?|\s+)((?:PRC|China['’]s|Chinese)\s+)?(${EN_NAME}(?:\s+(?:(?:of|on|for|and|the|to|in|de)\s+)*${EN_NAME})*)`,
);
const EN_HEAD = /^(?:Law|Act|Regulations?|Directive|Measures|Provisions|Rules|Code|Guidelines|Convention|Ordinance|Decree|Bill|Statute|Charter|Treaty|Decision|Framework)$/;
const CHINESE_STYLE = /(?:Law|Measures|Provisions|Regulations|Rules)$|^(?:PIPL|CSL|DSL)$/;

/** The law's name as written after an article, without PRC/China's or "of the People's Republic of China". */
function englishLaw(rest: string): { law: string; chinese: boolean } | null {
  const m = rest.match(EN_LAW);
  if (!m) return null;
  let name = (m[2] ?? '').replace(/\s+of\s+the\s+People['’]s\s+Republic\s+of\s+China$/, '');
  const chinaSuffix = name !== m[2];
  const words = name.split(/\s+/);
  let last = -1;
  words.forEach((w, k) => {
    if (EN_HEAD.test(w) || /^[A-Z]{2,}$/.test(w)) last = k;
  });
  if (last === -1) return null;
  // "Measures for the Security Assessment of …": the type word leads and the rest is the name.
  if (last === 0 && words.length > 1 && !/^[A-Z]{2,}$/.test(words[0] ?? '')) last = words.length - 1;
  // Keep a year or EU number that belongs to the name: Data Protection Act 2018, Regulation (EU) 2016/679.
  while (/^(?:\((?:EU|EC)\)|\d{4}(?:\/\d+)?)$/.test(words[last + 1] ?? '')) last += 1;
  name = words.slice(0, last + 1).join(' ');
  if (!/^[A-Z]/.test(name) || /^(?:Article|Articles|Art)$/.test(name)) return null;
  return { law: name, chinese: Boolean(m[1]) || chinaSuffix || CHINESE_STYLE.test(name) };
}

interface EnglishRef {
  numbers: { article: number; paragraph: number | null }[];
  explicitParagraph: number | null;
  span: Span;
  law: { law: string; chinese: boolean } | null;
}

function readEnglishRef(text: string, m: RegExpMatchArray): EnglishRef | null {
  const start = m.index ?? 0;
  const plural = /s$/.test(m[2] ?? '');
  const list = m[3] ?? '';
  if (!plural && /^\d+\s*[-–]\s*\d/.test(list)) return null; // Article 64-2: not a whole article
  const numbers: { article: number; paragraph: number | null }[] = [];
  const parts = list.split(/\s*(?:,|and|or|&)\s*/);
  for (const part of parts) {
    const range = part.match(/^(\d+)\s*(?:to|through|-|–)\s*(\d+)$/);
    if (range) {
      for (const a of expand(range[1] ?? '', range[2])) numbers.push({ article: a, paragraph: null });
      continue;
    }
    const one = part.match(/^(\d+)(?:\s*\(\s*(\d+)\s*\))?/);
    if (one) numbers.push({ article: Number(one[1]), paragraph: one[2] ? Number(one[2]) : null });
  }
  const explicit = m[1] ?? m[4];
  const end = start + m[0].length;
  return {
    numbers,
    explicitParagraph: explicit ? Number(explicit) : null,
    span: { start, end },
    law: englishLaw(text.slice(end, end + 160)),
  };
}

function englishCitations(text: string): Found<Citation>[] {
  // EN_REF needs `Art` (Article, Arts.), `ection` or `regulation`, case as written. Acts of common-law
  // countries number sections (`section 24 of the PDPA`), UK statutory instruments regulations.
  if (!text.includes('Art') && !text.includes('ection') && !text.includes('regulation')) return [];
  const refs = [...text.matchAll(EN_REF)].map((m) => readEnglishRef(text, m)).filter((r) => r !== null);
  // "Article 5 and Article 6 of the GDPR": an article without a law takes the law of the next one.
  for (let k = refs.length - 2; k >= 0; k -= 1) {
    const ref = refs[k];
    const next = refs[k + 1];
    if (!ref || !next || ref.law) continue;
    if (/^\s*(?:,|and|or|&)\s*$/.test(text.slice(ref.span.end, next.span.start))) ref.law = next.law;
  }
  const out: Found<Citation>[] = [];
  for (const ref of refs) {
    if (!ref.law) continue;
    const { law, chinese } = ref.law;
    for (const n of ref.numbers) {
      const paragraph = ref.explicitParagraph ?? (chinese ? null : n.paragraph);
      const span = { start: ref.span.start, end: ref.span.end };
      out.push({ value: { law, article: n.article, paragraph }, span, text: text.slice(span.start, span.end) });
    }
  }
  return out;
}
