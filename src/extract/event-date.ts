// The date an item is about. In this genre it is the date that leads the item's first paragraph
// (`9月1日，国家互联网信息办公室发布…`, `On April 26, 2021, …`); a notice quoted whole carries it at
// its foot instead. Dates elsewhere are usually something else: statistics cut-offs (`截至10月31日`),
// effective dates, deadlines, background (`2016年以来`).
import type { ExtractContext, Found, IsoDate } from './types.ts';
import { daysInMonth, iso, scanDates, type DateHit } from './date-scan.ts';
import { alternation } from './cue-regex.ts';
import { Recent } from './recent.ts';
import words from './data/date-words.json' with { type: 'json' };

interface Line {
  start: number;
  text: string;
}

// Numbering, markdown and labels in front of a lead: `### 1. `, `- `, `（3）`, `案例一：`, `On `.
const LEAD_PREFIX = new RegExp(
  [
    // `【天津网信办处罚…】12月14日，…`: a bracketed headline before the lead.
    '\\s+', '#{1,6}', '[-*•>]', '\\*\\*', '【[^】\\n]{8,60}】', '【', '\\[',
    '[（(][一二三四五六七八九十\\d]{1,3}[)）]', '[一二三四五六七八九十]{1,3}[、.．]', '\\d{1,2}、', '\\d{1,2}[.．](?![\\d])',
    '(?:典型)?(?:案例|案件)[一二三四五六七八九十\\d]{1,3}[：:]', '据[^，。\\n]{0,16}?(?:报道|消息)[，,]?', 'On\\s+',
    // A headline ended by a colon over a date-led paragraph: `上海网信办查处一起数据泄露案：3月5日，…`.
    '[^，。：:；;！？\\n]{6,40}[：:](?=\\s*(?:\\d|[〇零一二三四五六七八九]{4}))',
    // A further or earlier development told inside a report (segment/sub-events.ts): `此前，在4月14日，…`,
    // `Furthermore, on April 19, …`.
    '(?:另外|此外|此前|此后|随后|其后|早在)\\s*[，,]?\\s*(?:在|于)?',
    '(?:Earlier|Previously|Separately|In addition|Additionally|Furthermore|Moreover|Later)\\s*,?\\s+',
    // A bracket or a label before a leading date: `(Feb. 27, 2025) — …`, `Announced: 24 May 2024.`
    '[（(](?=\\d|[A-Z][a-z]{2,8}\\.?\\s+\\d)', '(?:Announced|Decided|Issued|Date of decision)\\s*:\\s*',
    // A news site's source label: `央视网消息：`, `央视网消息（新闻联播）：`.
    '[\\u4e00-\\u9fff]{2,8}消息\\s*(?:[（(][^）)\\n]{1,12}[）)])?\\s*[：:]',
    // `In May, the Shenzhen Municipal Cyberspace Administration fined…`: a month as the lead.
    'In\\s+(?=[A-Z][a-z]{2,8}\\b(?:\\s*,|\\s+(?:19|20)\\d{2}\\s*,))',
  ].map((p) => `(?:${p})`).join('|'),
  'y',
);
// `今日头条` is a company, not "today".
// `今天（3日）` names its day (numberedToday).
const VAGUE_LEAD = new RegExp(`^(?:${alternation(words.vagueLeads)})(?!头条|\\s*[（(]\\s*\\d)`, 'i');
// `同日，广东省通信管理局还公开通报…`: the day of the item before, which the context carries.
const SAME_DAY_LEAD = new RegExp(`^(?:${alternation(words.sameDayLeads)})\\s*[，,]`, 'i');
const POSTING_LINE = new RegExp(`^\\s*(?:${alternation(words.postingLabels)})\\s*[：:]`, 'i');
// A listing's meta line under (or over) its headline, short cells between bars or dots:
// `Decision  |  Protection  |  12 Oct 2023`, `France · CNIL · 23/01/2024`.
const META_LINE = /^\s*[^|·\n]{1,40}(?:[|·][^|·\n]{1,40}){1,4}$/;

// What may follow a lead date: `，` after an optional time of day or `消息`; `起，` for an item about
// something that starts that day; a dash or comma in English.
const LEAD_TRAILER = new RegExp(
  // `2月28日（周三），…`: the day of the week in brackets.
  `^(?:\\s*(?:上旬|中旬|下旬|初|底|末))?(?:\\s*[（(](?:周|星期)[一二三四五六日天][）)])?(?:\\s*(?:${alternation(words.leadTimeOfDay)}))?` +
    // `(Feb. 27, 2025) — The CPPA…`: a date in brackets; `Announced: 24 May 2024. The HHS…`: a
    // date that is a sentence of its own.
    `(?:\\s*(?:${alternation(words.leadNewsWords)}))?\\s*(?:起\\s*)?[)）]?\\s*(?:[，,：:|]|[–—-]\\s|\\.\\s)`,
);
// Without a comma (`9月1日国家网信办发布…`) the next word must not make the date a bound.
const BOUND_AFTER = /^\s*(?:起|开始|至|到|前|以前|之前|以来|后|以后|之后|止|期间|左右|底前|末前)/;
const BOUND_BEFORE = /(?:截至|截止到?|自|从|至|到|since|until|as of|by|before|from|through)\s*$/i;
const EVENT_VERB = new RegExp(`^(?:\\s*[上下]午)?[^，。；,;\\n《]{0,10}?(?:${alternation(words.eventVerbs)})`);
const EFFECT_NEAR = /effect|force|deadline|until|before/i;
const ON_BEFORE = /\bOn\s+$/;
const EN_BOUND_AFTER = /^\s*(?:-|–|—|to\b|until\b|through\b)/i;
// `By a decision of 14 November 2024, published on 10 December…`: the decision's own date.
const IMPOSED_IN = /\b(?:imposed|fined|reached|settled|decided)\b[^.;]{0,60}\bin\s+$/i;
const REPORTED = /\b(?:announced|said|says|stated|confirmed|reported|revealed|disclosed)\s+(?:on\s+)?$/i;
const DECISION_OF = /\b(?:(?:decision|judgment|judgement|ruling|order)\s+(?:dated|of)|dated)\s+$/i;

// A case's part labels (`【基本案情】`, `▍裁判结果`) hold no date and are not its paragraphs.
const LABEL_LINE = /^\s*(?:[【\[][^】\]\n]{1,10}[】\]]|[▍▌▎■]\s*[^\s，。]{1,10})\s*$/;

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '' && !LABEL_LINE.test(line)) out.push({ start, text: line });
    start += line.length + 1;
  }
  return out;
}

function prefixLength(line: string): number {
  let at = 0;
  for (;;) {
    LEAD_PREFIX.lastIndex = at;
    const m = LEAD_PREFIX.exec(line);
    if (!m || m[0].length === 0) return at;
    at += m[0].length;
  }
}

/**
 * A headline has no sentence end (`关注数据安全！英国发布…` may exclaim inside); the body line
 * after it carries the lead.
 */
export function isHeadline(line: string): boolean {
  // `Undertaking by Pelangi Fitness Pte. Ltd.`: a company suffix's dot ends no sentence.
  const t = line.trim().replace(COMPANY_DOT, '$1');
  return !/[。；]|[.!?]\s/.test(t) && !/[。！？；.!?]$/.test(t);
}

const COMPANY_DOT = /\b(Pte|Ltd|Inc|Co|Corp|Plc|LLC|GmbH)\./g;

// `announced on Feb. 18 a $1.4 billion settlement`, `Art. 5 GDPR`: the dot of an abbreviation
// ends no sentence.
const ABBREVIATION_DOT = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Art|Arts|No|Nos|para|Sec|Mr|Ms|Dr|St|Inc|Ltd|Co|Corp|Pte|U\.S|U\.K|e\.g|i\.e|vs)\.$/;

/** Whether the full stop at `dot` ends an abbreviation (`Feb.`, `Art.`), not a sentence. */
export function isAbbreviationDot(text: string, dot: number, from = 0): boolean {
  return ABBREVIATION_DOT.test(text.slice(Math.max(from, dot - 5), dot + 1));
}

function sentenceEnd(text: string, from: number, lineEnd: number): number {
  const stop = /[。！？；]|[.!?](?=\s)/g;
  stop.lastIndex = from;
  for (let m = stop.exec(text); m && m.index < lineEnd; m = stop.exec(text)) {
    if (m[0] === '.' && isAbbreviationDot(text, m.index, from)) continue;
    return m.index;
  }
  return lineEnd;
}

/** The last hit of a list that starts at `hits[i]` (`9 月 26 日、27 日`), or null for a range. */
function listEnd(hits: DateHit[], i: number): DateHit | null {
  let last = hits[i] ?? null;
  for (let j = i + 1; hits[j]?.joinKind; j++) {
    if (hits[j]?.joinKind === 'range') return null;
    last = hits[j] ?? null;
  }
  return last;
}

function leadAt(text: string, hits: DateHit[], at: number): DateHit | null {
  const i = hits.findIndex((h) => h.span.start === at);
  const lead = hits[i];
  if (i < 0 || !lead) return null;
  const last = listEnd(hits, i);
  if (!last) return null; // a campaign range (`9月13日至22日，…`) is not one event date
  const after = text.slice(last.span.end, last.span.end + 16);
  if (LEAD_TRAILER.test(after)) return lead;
  // `On 20 December 2024 the Garante fined…`: after `On` English needs no comma.
  if (ON_BEFORE.test(text.slice(Math.max(0, at - 4), at)) && !EN_BOUND_AFTER.test(after)) return lead;
  return /^\s*[\u4e00-\u9fff]/.test(after) && !BOUND_AFTER.test(after) ? lead : null;
}

/** A date elsewhere in the first sentence, attached to its main verb: `警方于11月20日依法打击…`. */
function verbDate(text: string, hits: DateHit[], from: number, to: number): DateHit | null {
  for (const [i, h] of hits.entries()) {
    if (h.span.start < from || h.span.end > to || h.joinKind || hits[i + 1]?.joinKind === 'range') continue;
    const before = text.slice(Math.max(from, h.span.start - 24), h.span.start);
    const after = text.slice(h.span.end, to);
    if (BOUND_BEFORE.test(before) || BOUND_AFTER.test(after)) continue;
    // A bare `9月` in running text is more often a period (`结合9月公布的…`) than the event.
    if (h.value.precision !== 'day' && h.value.yearInferred) continue;
    if (EVENT_VERB.test(after) || DECISION_OF.test(before)) return h;
    // `根据工信部部署安排，7月24日，江苏省通信管理局…启动…`: a lead after a preamble clause.
    if (/[，,]\s*$/.test(before) && LEAD_TRAILER.test(after)) return h;
    if (/\bon\s+$/i.test(before) && !EFFECT_NEAR.test(before)) return h;
    // A wire digest's attribution at the sentence's end: `…, the agency announced 8 March.`
    if (REPORTED.test(before)) return h;
    // `the KRW 69.2 billion it imposed on Google and Meta in September 2022`: when a penalty was imposed.
    if (!h.value.yearInferred && IMPOSED_IN.test(text.slice(Math.max(from, h.span.start - 80), h.span.start))) return h;
  }
  return null;
}

/**
 * A later sentence of the first paragraph that opens with a date: `东莞网安部门查明，刘某乐开办…。
 * 2023 年 7 月，东莞网安部门联合大朗分局开展收网…`.
 */
function laterLead(text: string, hits: DateHit[], from: number, to: number): DateHit | null {
  for (const h of hits) {
    if (h.span.start <= from || h.span.end > to) continue;
    const before = text.slice(from, h.span.start);
    if (/(?:[。！？]|[.!?]\s)\s*(?:On\s+)?$/.test(before) && leadAt(text, hits, h.span.start)) return h;
  }
  return null;
}

/**
 * A notice's own date: a line holding nothing but a full date among the item's last lines, or
 * ending a signature line (`广东省互联网信息办公室 2023年11月8日`).
 */
function footDate(all: Line[], hits: DateHit[]): DateHit | null {
  // A foot comes after the body: in a short item a date line under the headline (an article's
  // `February 20, 2025`) is among the last lines too, but it is the posting date.
  const body = all.findIndex((l, i) => i > 0 && !isHeadline(l.text));
  if (body < 0) return null;
  for (const line of all.slice(Math.max(body + 1, all.length - 4)).reverse()) {
    const bare = line.text.replace(/[*_#>\s]/g, '');
    const end = line.start + line.text.length;
    const h = hits.find((x) => x.span.start >= line.start && x.span.end <= end);
    if (!h || h.value.yearInferred || h.value.precision !== 'day') continue;
    const date = h.text.replace(/\s/g, '');
    if (date === bare) return h;
    // Only when a space sets the date apart: `…发布于2023年11月8日` is not a signature.
    if (bare.endsWith(date) && /\s$/.test(line.text.slice(0, h.span.start - line.start)) && SIGNATURE.test(bare.slice(0, -date.length))) return h;
  }
  return null;
}

const ATTACHMENT_HEAD = /^附件\s*[\d一二三四五六七八九十]{0,2}\s*[:：]?$/;
const SIGNATURE = /^[\u4e00-\u9fff（）()]{2,30}$/;

// A row of a table, cells split by tabs or bars (`| 22/05/2023 | Irish DPC | Meta | 1.200.000.000 |`):
// three cells or more.
const TAB_ROW = /\t[^\t\n]*\t|^\|?[^|\n]+(?:\|[^|\n]*){2,}$/;

/**
 * A row of a table of decisions (`5<TAB>东莞某…<TAB>…<TAB>中国人民银行广东省分行<TAB>2025年1月3日`) is
 * dated by a cell that holds a full date and nothing else, the last one when there are several (the
 * decision comes after the filing). The row may be broken over lines by a cell of several lines.
 */
const CELL_EDGE: ReadonlySet<string> = new Set(['\t', '|', '\n', '']);

function cellDate(text: string, all: Line[], hits: DateHit[]): DateHit | null {
  if (!TAB_ROW.test(all[0]?.text ?? '')) return null;
  let found: DateHit | null = null;
  for (const h of hits) {
    if (h.value.yearInferred || h.value.precision !== 'day') continue;
    const before = text.slice(0, h.span.start).match(/(.?)[ ]*$/)?.[1] ?? '';
    const after = text.slice(h.span.end).match(/^[ ]*(.?)/)?.[1] ?? '';
    if (CELL_EDGE.has(before) && CELL_EDGE.has(after)) found = h;
  }
  return found;
}

// A decision laid out as `label：value` lines names its date: `作出处罚决定的日期：2024年3月15日`.
const DECISION_DATE_LABEL = /(?:决定|处罚|判决|裁定|裁决)[^：:\n]{0,8}?(?:日期|时间)\s*[：:]\s*$/;

function labelledDate(text: string, all: Line[], hits: DateHit[]): DateHit | null {
  for (const line of all) {
    const end = line.start + line.text.length;
    const h = hits.find((x) => x.span.start >= line.start && x.span.end <= end && x.value.precision === 'day');
    if (h && DECISION_DATE_LABEL.test(text.slice(line.start, h.span.start))) return h;
  }
  return null;
}

function sameDay(text: string, at: number, lead: string, ref: string | null): DateHit | null {
  if (ref === null || !/^\d{4}-\d{2}-\d{2}$/.test(ref)) return null;
  const word = lead.replace(/\s*[，,]$/, '');
  return {
    value: { date: ref, precision: 'day', yearInferred: false },
    span: { start: at, end: at + word.length },
    text: text.slice(at, at + word.length),
    joinKind: null,
  };
}

/** The hit eventDate returns, with its precision and whether its year was inferred. */
export function eventDateHit(text: string, ctx: ExtractContext): DateHit | null {
  const dayFirst = ctx.dayFirst ?? null;
  const variant = dayFirst === null ? ctx.referenceDate : `${ctx.referenceDate}|${dayFirst}`;
  const hit = recentLeads.get(text, variant, () => findEventDateHit(text, ctx.referenceDate, dayFirst));
  return hit && { ...hit, value: { ...hit.value }, span: { ...hit.span } };
}

// The event date, the deadline and the effective date of one item all start from its lead date.
const recentLeads = new Recent<DateHit | null>();

function findEventDateHit(text: string, referenceDate: IsoDate | null, dayFirst: boolean | null): DateHit | null {
  const hits = scanDates(text, referenceDate, { dayFirst });
  const all = lines(text);
  // A notice that prints its attachments (附件1, the draft) after its foot is signed above them.
  const attached = all.findIndex((l, i) => i > 0 && ATTACHMENT_HEAD.test(l.text.trim()));
  const foot = footDate(attached > 0 ? all.slice(0, attached) : all, hits) ?? cellDate(text, all, hits) ?? labelledDate(text, all, hits);
  if (foot) return foot;
  let posted: DateHit | null = null;
  // Whether the first paragraph has been read and gave no date (a court case opens with the period
  // of the offence, `2021年6月至2022年3月，被告人…`; its event is the judgment a later paragraph dates).
  let firstRead = false;
  for (const [n, line] of all.slice(0, 6).entries()) {
    const end = line.start + line.text.length;
    if (POSTING_LINE.test(line.text) || META_LINE.test(line.text)) {
      posted ??= hits.find((h) => h.span.start >= line.start && h.span.end <= end) ?? null;
      continue;
    }
    const dateline = firstRead ? null : DATELINE.exec(line.text);
    if (dateline) return afterDateline(text, hits, line, dateline[0], referenceDate);
    const at = line.start + prefixLength(line.text);
    if (firstRead) {
      // `上海市闵行区人民检察院以…提起公诉。2023年8月16日，上海市闵行区人民法院作出一审判决…`
      const first = sentenceEnd(text, at, end);
      const lead = leadAt(text, hits, at);
      const found = (lead && sameYearDay(text, lead, end)) ?? lead ?? verbDate(text, hits, at, first) ?? laterLead(text, hits, first, end);
      if (found) return found;
      continue;
    }
    if (VAGUE_LEAD.test(text.slice(at, end))) return null;
    const same = SAME_DAY_LEAD.exec(text.slice(at, end));
    if (same) return sameDay(text, at, same[0], referenceDate);
    const lead = leadAt(text, hits, at);
    if (lead) return sameYearDay(text, lead, end) ?? lead;
    if (isHeadline(text.slice(at, end)) && n < all.length - 1) continue;
    const first = sentenceEnd(text, at, end);
    const found = verbDate(text, hits, at, first) ?? numberedToday(text, at, first, referenceDate) ?? laterLead(text, hits, first, end);
    if (found) return found;
    // A headline that says an instrument takes effect, over a paragraph without a date of its own.
    const effect = n > 0 && posted === null ? effectDate(text, hits, all[0]!.text, at, end) : null;
    if (effect) return effect;
    firstRead = true;
  }
  return posted;
}

// A news report's dateline: `光明日报北京9月6日电（记者张明）`, `新华社北京3月5日电`, `本报北京电（记者王明）`,
// `BEIJING, Sept. 6 (Xinhua) --`. The lead is read after it; a bare `6日` there is a day of the
// dateline's month, and the dateline's own date stands when the lead gives none.
const DATELINE = new RegExp(
  [
    String.raw`^\s*(?:[\u4e00-\u9fff]{2,12}?\d{1,2}\s*月\s*\d{1,2}\s*日电|本报[\u4e00-\u9fff]{0,6}电)\s*(?:[（(][^（）()\n]{1,30}[）)])?\s*`,
    String.raw`^\s*[A-Z][A-Z .'-]{2,30},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?\s*(?:\([A-Za-z .]{2,30}\))?\s*[-–—]{1,2}\s*`,
  ].join('|'),
);
const REPORTER_VAGUE = new RegExp(`^(?:本报记者|记者)?(?:${alternation(words.vagueLeads)})`, 'i');
const DAY_OF_MONTH = /(?<![\d月年./-])(\d{1,2})\s*日/g;

function afterDateline(text: string, hits: DateHit[], line: Line, dateline: string, ref: IsoDate | null): DateHit | null {
  const at = line.start + dateline.length;
  const end = line.start + line.text.length;
  if (REPORTER_VAGUE.test(text.slice(at, end))) return null;
  const filed = hits.find((h) => h.span.start >= line.start && h.span.end <= at && h.value.precision === 'day') ?? null;
  const first = sentenceEnd(text, at, end);
  return leadAt(text, hits, at) ?? verbDate(text, hits, at, first) ?? dayOfDateline(text, at, first, filed?.value.date ?? ref) ?? filed;
}

/** `国家互联网信息办公室6日发布通报称`: a bare day before the sentence's verb, in the dateline's month. */
function dayOfDateline(text: string, from: number, to: number, filed: IsoDate | null): DateHit | null {
  if (filed === null || !/^\d{4}-\d{2}-\d{2}$/.test(filed)) return null;
  const sentence = text.slice(from, to);
  for (const m of sentence.matchAll(DAY_OF_MONTH)) {
    if (!EVENT_VERB.test(sentence.slice(m.index + m[0].length))) continue;
    const start = from + m.index;
    return dayOfMonth(Number(m[1]), filed, { start, end: start + m[0].length }, m[0]);
  }
  return null;
}

// `2023年4月，温州市某区人民检察院…立案调查。同年5月10日，该院…制发诉前检察建议`: a lead that
// gives only the month, followed in its paragraph by the day of the act (`同年5月10日`), is dated by
// that day; the month was the start of the matter.
const SAME_YEAR_DAY = /同年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

function sameYearDay(text: string, lead: DateHit, end: number): DateHit | null {
  if (lead.value.precision !== 'month' || lead.value.yearInferred) return null;
  const from = lead.span.end;
  const m = SAME_YEAR_DAY.exec(text.slice(from, end));
  if (!m) return null;
  const [month, day] = [Number(m[1]), Number(m[2])];
  const year = Number(lead.value.date.slice(0, 4));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const date = iso(year, month, day);
  const start = from + m.index;
  return { value: { date, precision: 'day', yearInferred: false }, span: { start, end: start + m[0].length }, text: m[0], joinKind: null };
}

// `國家通訊傳播委員會（NCC）今（19）日召開…`: Taiwan's press releases give today's day of the month
// in brackets; month and year are those of the reference date (the month before when the day is
// later than the reference's).
// Mainland news writes it `今天（3日）`, `昨日（2日）`.
const NUMBERED_TODAY = /[今昨]\s*[（(]\s*(\d{1,2})\s*[）)]\s*日|(?:今天|今日|昨天|昨日)\s*[（(]\s*(\d{1,2})\s*日\s*[）)]/;

function numberedToday(text: string, from: number, to: number, ref: IsoDate | null): DateHit | null {
  const m = NUMBERED_TODAY.exec(text.slice(from, to));
  if (!m || ref === null || !/^\d{4}-\d{2}-\d{2}$/.test(ref)) return null;
  const start = from + m.index;
  return dayOfMonth(Number(m[1] ?? m[2]), ref, { start, end: start + m[0].length }, m[0]);
}

/** The day `day` of `ref`'s month, or of the month before when `ref` is earlier in its month. */
function dayOfMonth(day: number, ref: IsoDate, span: { start: number; end: number }, written: string): DateHit | null {
  let [year, month] = [Number(ref.slice(0, 4)), Number(ref.slice(5, 7))];
  if (day > Number(ref.slice(8, 10))) [year, month] = month === 1 ? [year - 1, 12] : [year, month - 1];
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { value: { date: iso(year, month, day), precision: 'day', yearInferred: true }, span, text: written, joinKind: null };
}

// `UK–US data bridge takes effect` / `…came into force on 12 October 2023`: an item whose headline
// is the entry into force is dated by it, when its lead has no other date.
const EFFECT_HEADLINE = /\b(?:takes?\s+effect|took\s+effect|in\s+force|into\s+force|effective)\b|施行|生效/i;
const EFFECT_BEFORE = /\b(?:effective|into\s+force|effect)\s+(?:on|from|as\s+of)\s+$/i;
const EFFECT_AFTER = /^\s*起?\s*(?:正式)?(?:施行|生效)/;

function effectDate(text: string, hits: DateHit[], headline: string, from: number, to: number): DateHit | null {
  if (!EFFECT_HEADLINE.test(headline)) return null;
  return (
    hits.find(
      (h) =>
        h.span.start >= from &&
        h.span.end <= to &&
        (EFFECT_BEFORE.test(text.slice(Math.max(from, h.span.start - 30), h.span.start)) || EFFECT_AFTER.test(text.slice(h.span.end, h.span.end + 6))),
    ) ?? null
  );
}

/**
 * The date the item is about (FORMAT.md `date`): its lead date, a notice's foot date, or a date
 * attached to the first sentence's main verb. `近日`/`Recently` leads, ranges and year-only dates
 * give null. A web page's posting time (`发布时间：…`) is used only when nothing else is found.
 */
export function eventDate(text: string, ctx: ExtractContext): Found<IsoDate> | null {
  const hit = eventDateHit(text, ctx);
  return hit ? { value: hit.value.date, span: hit.span, text: hit.text } : null;
}
