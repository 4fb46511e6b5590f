import cues from './data/penalty-cues.json' with { type: 'json' };
import { findMoney, type MoneyMention } from './money.ts';
import { cueRegex, cueSource, hasCue, isLatin } from './penalty-cues.ts';
import { partyOf } from './penalty-targets.ts';
import type { Found, Penalty, PenaltyKind } from './types.ts';

// Money penalties in the sense of shared/eval/FORMAT.md: fines, criminal fines, confiscations and
// settlements, imposed or proposed. A sum of money counts only when a penalty word governs it
// (`罚款伍万元`, `20万元罚款`, `fined … CNY 250,000`) and nothing marks it as a statutory range or
// maximum, a conversion, a total over many cases, or another kind of money (damages, 涉案金额).

const KINDS = ['criminal-fine', 'confiscation', 'settlement', 'fine'] as const satisfies readonly PenaltyKind[];
// After the amount, the more specific head noun is tried first (`罚金` before the bare `罚`).
const AFTER_ORDER = ['criminal-fine', 'settlement', 'fine'] as const satisfies readonly PenaltyKind[];

const BEFORE = KINDS.map((kind) => ({ kind, re: cueRegex(cues.before[kind], true) }));
const AFTER = AFTER_ORDER.map((kind) => ({
  kind,
  re: new RegExp(String.raw`^\s*(?:${cueSource(cues.after[kind])})`, 'iu'),
}));
const PAY = cueRegex(cues.pay, true);
const SETTLEMENT_CONTEXT = cueRegex(cues.settlementContext, true);
const NOT_PENALTY = cueRegex(cues.notPenalty);
const NOT_PENALTY_WHEN_CONFISCATED = cueRegex(cues.notPenalty.filter((w) => !cues.confiscable.includes(w)));
const CONFISCATION = cueRegex(cues.before.confiscation);
const COMPANY_NAME = /[\u4e00-\u9fff（）()]{1,30}?(?:有限责任公司|股份有限公司|有限公司|公司|集团|合伙企业)/gu;
const JOINER = new RegExp(String.raw`^\s*(?:${cueSource(cues.joiners)})\s*$`, 'iu');
const STATUTORY = cueRegex(cues.statutory);
const NOT_STATUTORY = cueRegex(cues.notStatutory);
const NOT_CUE = cueRegex(cues.notCue);
const AGGREGATE = cueRegex(cues.aggregate);
const NOT_AGGREGATE = cueRegex(cues.notAggregate);
const EACH = cueRegex(cues.each);
const CONVERSION_GAP = new RegExp(String.raw`^\s*[（(\[［]?\s*(?:(?:${cueSource(cues.conversion)})\s*)?$`, 'u');
const CONVERSION_LEAD = new RegExp(String.raw`(?:${cueSource(cues.conversionLead)})\s*$`, 'u');
const COUNTED_CN = new RegExp(
  String.raw`(?:\d+|[两兩二三四五六七八九十]+)\s*(?:${cues.countedTargets.measureWords.join('|')})`,
  'u',
);
const COUNTED_EN = new RegExp(
  String.raw`\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple)\s+(?:[A-Za-z-]+\s+){0,3}?(?:${cues.countedTargets.nouns.join('|')})\b`,
  'i',
);
// A campaign summary: cases counted before the money (`查处…案件 1474 件，…罚没款 1946.4 万元`).
const CAMPAIGN = /(?:查处|查办|办理|办结|侦办|立案|检查|案件)[^。；;\n]{0,30}?\d+\s*余?\s*(?:起|件|宗|家)|\b\d+\s+(?:cases|fines|penalties|investigations)\b/u;

// `1-7万元不等`, `五万元以上五十万元以下`, `5万元至10万元`: a range has no single figure; nor has a
// rate (`$200 per day`, `每日1万元`), which the law sets and a case multiplies.
const RANGE_AFTER = /^\s*(?:以上|以下|以内|不等|至|到|[-–—~～]\s*[\d一二三四五六七八九十]|or (?:more|less)|and above|(?:per|a|for each|each) (?:day|violation|breach|record|person|user|month|incident)\b)/u;
const RANGE_BEFORE = /[\d一二三四五六七八九十百千万亿元]\s*(?:至|到|[-–—~～])\s*$/u;

const HARD_BREAK = /[。；;！!？?\n]|\.(?=\s+[A-Z“"])/g;
const SOFT_BREAK = /[，,：:]/g;
// Abbreviation dots are not sentence ends (`Co., Ltd. CNY 250,000`).
const ABBREVIATION = /\b(?:Co|Ltd|Inc|Corp|Mr|Ms|Mrs|Dr|No|St|Art|Sec|Jr|Sr|Bros|vs|U\.S|U\.K|e\.g|i\.e|S\.A|N\.V|B\.V)\./g;

const LEFT_LIMIT = 200;
const CHINESE_GAP = 24;
const LATIN_GAP = 100;

interface Cue {
  kind: PenaltyKind;
  latin: boolean;
  word: string;
  /** Text between the cue and the amount; empty when the cue follows the amount. */
  between: string;
  /** A few characters before the cue (or before the amount, for a cue that follows it). */
  lead: string;
  /** Start of the cue within the left window, or the window's length for a following cue. */
  at: number;
  follows: boolean;
}

/** Every money penalty mentioned in `text`, in order, spans relative to `text`. */
export function extractPenalties(text: string): Found<Penalty>[] {
  const money = findMoney(text);
  if (money.length === 0) return [];
  const masked = text.replace(ABBREVIATION, (m) => m.replace(/\./g, '_'));
  const found: Found<Penalty>[] = [];
  let last: { at: number; hit: Classified } | null = null;
  money.forEach((mention, i) => {
    const hit = classify(text, masked, mention, money[i - 1], money[i + 1]) ?? listedAfter(text, mention, last);
    last = hit === null ? null : { at: mention.span.end, hit };
    if (hit === null) return;
    const { target, payer } = partyOf(text, money, i, hit.cue, hit.sentenceStart);
    found.push({ value: { ...hit.penalty, target, payer }, span: mention.span, text: mention.text });
  });
  return withoutSplitTotals(text, found);
}

// `KRW 800 million on Alpha, KRW 500 million on Beta and KRW 200 million on Gamma`: each sum of a
// list that follows a penalty, one party after another, is a penalty of the same kind.
const NEXT_IN_LIST = /^\s+(?:on|against|to|for)\s+[^.;:\n]{1,60}?(?:,\s*(?:and\s+)?|\s+and\s+)$/u;

function listedAfter(text: string, m: MoneyMention, last: { at: number; hit: Classified } | null): Classified | null {
  if (last === null || m.currency === null || m.currency !== last.hit.penalty.currency) return null;
  if (!NEXT_IN_LIST.test(text.slice(last.at, m.span.start))) return null;
  return { ...last.hit, penalty: { ...last.hit.penalty, amount: m.amount } };
}

// `罚款共计人民币1,580万元，其中对该行罚款1,500万元，对相关责任人员罚款80万元`: the sum is the total of the
// parts the sentence goes on to list, each a fine of its own; the total goes.
const PARTS_FOLLOW = /^\s*[，,；;]?\s*(?:其中|including|of which)/iu;
const SUM_TOLERANCE = 0.005;

function withoutSplitTotals(text: string, found: Found<Penalty>[]): Found<Penalty>[] {
  if (found.length < 3) return found;
  return found.filter((total, i) => {
    if (!PARTS_FOLLOW.test(text.slice(total.span.end, total.span.end + 12))) return true;
    const parts = found.slice(i + 1).filter((p) => p.value.currency === total.value.currency);
    let sum = 0;
    for (const p of parts) {
      sum += p.value.amount;
      if (Math.abs(sum - total.value.amount) <= total.value.amount * SUM_TOLERANCE) return false;
    }
    return true;
  });
}

/**
 * One entry per distinct (amount, currency), keeping the first mention: a headline, its body and
 * the English version of a bilingual item restate the same fine, and a fine on "each" of several
 * parties is listed once.
 */
export function distinctPenalties(found: readonly Found<Penalty>[]): Found<Penalty>[] {
  const seen = new Set<string>();
  return found.filter((f) => {
    const key = `${f.value.amount} ${f.value.currency}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

interface Classified {
  penalty: Penalty;
  cue: Cue;
  /** Start of the sentence (after the last hard break) that holds the amount. */
  sentenceStart: number;
}

function classify(
  text: string,
  masked: string,
  m: MoneyMention,
  prev: MoneyMention | undefined,
  next: MoneyMention | undefined,
): Classified | null {
  const leftStart = lastBreak(masked, m.span.start, LEFT_LIMIT, HARD_BREAK);
  const left = text.slice(leftStart, m.span.start);
  const right = text.slice(m.span.end, nextBreak(masked, m.span.end, 40));
  if (RANGE_AFTER.test(right) || RANGE_BEFORE.test(left)) return null;
  if (isConversion(text, m, prev, left)) return null;

  const cue =
    followingCue(right, left) ??
    sharedFollowingCue(text, masked, m, next, left) ??
    precedingCue(left) ??
    paymentCue(left, text, m);
  if (cue === null || !fitsContext(cue, left, right)) return null;

  // `被分别罚款25万`: Chinese fines leave out 元; only a penalty word right next to it says so.
  const bareOk = !cue.latin && (cue.follows || cue.between.trim().length <= 4);
  const currency = m.currency ?? (bareOk ? 'CNY' : null);
  if (currency === null) return null;
  return { penalty: { amount: m.amount, currency, kind: cue.kind }, cue, sentenceStart: leftStart };
}

function followingCue(right: string, left: string): Cue | null {
  for (const { kind, re } of AFTER) {
    const hit = re.exec(right);
    if (hit !== null) {
      return { kind, latin: isLatin(hit[0]), word: hit[0], between: '', lead: tailOfClause(left, 10), at: left.length, follows: true };
    }
  }
  return null;
}

// `处以692亿韩元和308亿韩元罚款`: two amounts joined by 和 share the penalty word after the second.
function sharedFollowingCue(
  text: string,
  masked: string,
  m: MoneyMention,
  next: MoneyMention | undefined,
  left: string,
): Cue | null {
  if (next === undefined || !JOINER.test(text.slice(m.span.end, next.span.start))) return null;
  const right = text.slice(next.span.end, nextBreak(masked, next.span.end, 40));
  return followingCue(right, left);
}

function precedingCue(rawLeft: string): Cue | null {
  // `罚没收入` (fiscal revenue from fines) holds 没收 but confiscates nothing.
  const left = blank(rawLeft, NOT_CUE);
  let best: { kind: PenaltyKind; start: number; end: number; word: string } | null = null;
  for (const { kind, re } of BEFORE) {
    for (const hit of left.matchAll(re)) {
      const start = hit.index ?? 0;
      const end = start + hit[0].length;
      if (best === null || end > best.end || (end === best.end && start < best.start)) {
        best = { kind, start, end, word: hit[0] };
      }
    }
  }
  return best === null ? null : toCue(best.kind, best.word, left, best.start, best.end);
}

// `支付`/`pay` is a penalty word only where the text is about a settlement (`和解协议…支付`).
function paymentCue(left: string, text: string, m: MoneyMention): Cue | null {
  const hits = [...left.matchAll(PAY)];
  const hit = hits[hits.length - 1];
  if (hit === undefined) return null;
  const around = text.slice(Math.max(0, m.span.start - 200), m.span.end + 60);
  if (!hasCue(SETTLEMENT_CONTEXT, around)) return null;
  const start = hit.index ?? 0;
  return toCue('settlement', hit[0], left, start, start + hit[0].length);
}

// A Chinese cue governs only its own clause and only a short stretch; English puts the party
// between verb and amount (`fined Ningbo Baoli Industrial Investment Co., Ltd. CNY 250,000`).
function toCue(kind: PenaltyKind, word: string, left: string, start: number, end: number): Cue | null {
  const latin = isLatin(word);
  const between = left.slice(end);
  if (latin ? between.length > LATIN_GAP : between.length > CHINESE_GAP || hasCue(SOFT_BREAK, between)) {
    return null;
  }
  return { kind, latin, word, between, lead: left.slice(Math.max(0, start - 8), start), at: start, follows: false };
}

function fitsContext(cue: Cue, left: string, right: string): boolean {
  const near = cue.follows ? cue.lead : cue.between;
  const notPenalty = cue.kind === 'confiscation' ? NOT_PENALTY_WHEN_CONFISCATED : NOT_PENALTY;
  // `没收违法所得并处100万元罚款`: 违法所得 that is confiscated is no reason to doubt the fine; nor is
  // a word inside the fined company's name (`对某投资有限公司处以25万元罚款`).
  if (hasCue(notPenalty, blank(blank(near, CONFISCATION), COMPANY_NAME))) return false;
  if (!cue.follows && hasCue(NOT_PENALTY, tailBefore(right, SOFT_BREAK).slice(0, 20))) return false;
  if (hasCue(STATUTORY, blank(cue.lead + cue.between, NOT_STATUTORY))) return false;
  // `…surcharges totalling KRW 1.5 billion on three companies: KRW 800 million on Alpha, …`: after a
  // colon the sentence lists the parts of a total, each a fine of its own.
  const listed = LIST_COLON.test(near);
  // `共罚款75万`, `fines totalling €2.1 billion`; a confiscation `共计` sums one party's income.
  const aggregateScope = listed ? '' : blank(cue.lead, NOT_AGGREGATE).slice(-4) + (ownSum(cue, left) ? '' : blank(near, NOT_AGGREGATE));
  if (cue.kind !== 'confiscation' && hasCue(AGGREGATE, aggregateScope)) return false;
  if (!listed && isCountedTargets(cue, left, right)) return false;
  return !CAMPAIGN.test(left.slice(0, cue.at));
}

const LIST_COLON = /[:：]\s*$/u;

// `警告，没收违法所得12.8万元，罚款共计468万元`: a decision on one party sums its fines for several
// violations. The sum is a total only in a summary of a period or of counted cases, which the
// campaign and counted-targets checks see.
const OWN_SUM = /^\s*(?:共计|合计)\s*(?:人民币)?\s*$/u;
const PERIOD_SUMMARY = /以来|全年|今年|本年|年度|累计|期间/u;
const SENTENCE_BREAK = /[。；;\n]/gu;

function ownSum(cue: Cue, left: string): boolean {
  if (cue.latin || cue.follows || !OWN_SUM.test(cue.between)) return false;
  return !PERIOD_SUMMARY.test(left.slice(lastBreak(left, cue.at, 80, SENTENCE_BREAK), cue.at));
}

// `Fines 3 Real Estate Companies CNY 750,000`, `对3家企业罚款75万元`: one sum over several
// parties is a total, unless the text says each paid it (`分别`, `respectively`).
function isCountedTargets(cue: Cue, left: string, right: string): boolean {
  const scope = cue.latin ? cue.between : tailOfClause(left.slice(0, cue.at), 30) + cue.between;
  const counted = cue.latin ? COUNTED_EN.test(scope) : COUNTED_CN.test(scope);
  return counted && !hasCue(EACH, scope + right.slice(0, 30));
}

// `€150 million ($165 million)`, `（约新台币398亿元）`, `折合人民币…`: the same sum restated.
function isConversion(text: string, m: MoneyMention, prev: MoneyMention | undefined, left: string): boolean {
  if (CONVERSION_LEAD.test(left)) return true;
  if (prev === undefined) return false;
  return CONVERSION_GAP.test(text.slice(prev.span.end, m.span.start));
}

function lastBreak(s: string, end: number, limit: number, re: RegExp): number {
  const from = Math.max(0, end - limit);
  let cut = from;
  for (const hit of s.slice(from, end).matchAll(re)) cut = from + (hit.index ?? 0) + hit[0].length;
  return cut;
}

function nextBreak(s: string, start: number, limit: number): number {
  const window = s.slice(start, start + limit);
  const hit = new RegExp(HARD_BREAK.source, 'u').exec(window);
  return start + (hit === null ? window.length : hit.index);
}

function tailOfClause(left: string, max: number): string {
  const start = lastBreak(left, left.length, max, SOFT_BREAK);
  return left.slice(start);
}

function tailBefore(s: string, re: RegExp): string {
  const hit = new RegExp(re.source, 'u').exec(s);
  return hit === null ? s : s.slice(0, hit.index);
}

function blank(s: string, re: RegExp): string {
  return s.replace(re, (m) => ' '.repeat(m.length));
}
