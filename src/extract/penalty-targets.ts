import type { MoneyMention } from './money.ts';
import type { Payer } from './types.ts';

// Whom a penalty is on, as the text writes it: `对该公司…处罚款五万元` → 该公司, `北京中关村银行被罚
// 20万元` → 北京中关村银行, `谷歌必须向加州支付9300万美元` → 谷歌, `fined Google LLC €90 million` →
// Google LLC. Only the sentence of the amount is read, and a party is reported only where a
// construction names it; a pronoun (`给予其20万元罚款`) or no party at all gives null, since a
// wrong payer misleads more than a missing one.
//
// An appositive (`对该系统的建设运维单位北京某科技发展研究中心…罚款`) yields the named party
// (北京某科技发展研究中心), not its description: the name is what a reader searches for.

export interface Party {
  target: string | null;
  payer: Payer | null;
}

/** What penalties.ts knows about the word that made the amount a penalty. */
export interface PenaltyCue {
  latin: boolean;
  /** The cue follows the amount (`5万元罚款`, `€746m fine`). */
  follows: boolean;
  word: string;
  /** Text between a preceding cue and the amount. */
  between: string;
}

const NONE: Party = { target: null, payer: null };

const CN_NUM = '\\d零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟';
// `处` is a penalty verb only before a sum (`处人民币5万元`, `处新台币20万元`); elsewhere it is 处理.
// The text searched ends where the amount (with its currency word) starts, hence the `$`.
const CURRENCY_WORD = '人民币|新台币|港币|港元|澳门元|美元|欧元|英镑';
const X = '([^，,。；;：:！？!?\\n《》]{1,40}?)';
// A party is read from constructions, closest to the amount wins: 对X处以/予以/罚款…, 对某公司的
// 违法行为…处以…, X(因…)被罚…, X(必须)(向Y)支付…, 判处X有期徒刑…, 给予X…元.
const CN_PATTERNS: readonly RegExp[] = [
  new RegExp(
    `(?<![针相面应绝反核比])对(?!于|此|外|象|应|比|照|话|接|标|待)${X}` +
      `(?=分别|依法|拟|予以|处以|处罚|处(?=\\s*(?:${CURRENCY_WORD}|[${CN_NUM}]|$))|作出|做出|给予|开出|罚款|罚没|罚|责令|进行|实施|下达|没收|并处|警告)`,
    'gu',
  ),
  new RegExp(
    `(?<![针相面应绝反核比])对([^，,。；;：:！？!?\\n《》]{2,40}?(?:公司|集团|银行|中心|医院))(?=的|侵害|违反|违法|未|存在|涉嫌|因|在)`,
    'gu',
  ),
  new RegExp(`(?:^|[，,：:；;])${X}(?:因[^，,：:。；;]{0,40}?)?被(?!告|害|执行|申请|处罚人|检查|调查|监管|侵权)`, 'gu'),
  new RegExp(
    `(?:^|[，,：:；;])${X}(?:必须|须|需要|需|应当|应|将|同意|愿意|已经|已|承诺)?(?:向[^，,：:。；;]{1,20}?)?(?:支付|缴纳|缴付|交纳)`,
    'gu',
  ),
  new RegExp(`判处${X}(?=有期徒刑|拘役|管制|罚金|缓刑|无期徒刑)`, 'gu'),
  new RegExp(`给予${X}(?=罚款|警告|\\s*(?:${CURRENCY_WORD}|[${CN_NUM}]|$))`, 'gu'),
];
const LIST_MARK = /^\s*(?:\d+\s*[.、．)）]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、)\s*/u;
const LEADING_FILLER = /^(?:此前|同时|此外|另外|其中|随后|最终|依法|已经|已|另有|另|还|又|也|均|亦|再)+/u;
// A cause (`因违规被罚`) or a clause about something else, not a party.
const NOT_A_PARTY = /^(?:因|由于|为|此|之)|罚|[《》]/u;
const PRONOUN = /^(?:其|他|她|它|他们|她们|它们|双方|对方)$/u;
const JOINED = /^\s*(?:和|及|以及|与|、|,|and)\s*$/u;
const PARTS = /以及|及|和|与|、/u;
// `该系统的建设运维单位北京某科技发展研究中心`: a description, a role noun, then the name.
const ROLE = /单位|公司|企业|机构|平台|运营者|运营商|服务商|供应商|开发者|经营者|提供者|处理者|商户|主体/gu;
const ROLE_FIRST = new RegExp(`^(?:${ROLE.source})`, 'u');
const DESCRIPTION = /^(?:该|其|涉事|涉案|相关)|的/u;
const ORG_END = /(?:公司|中心|集团|银行|医院|研究院|研究所|大学|学院|学校|事务所|协会|工作室|合作社|商行|店|厂)$/u;
const PERSON_CN = /(?:人员|负责人|代表人|责任人|被告人|嫌疑人|个人|自然人|经理|董事长|董事|监事|高管|员工|职员|店主|店长|站长|法人代表|博主|主播|男子|女子|先生|女士|[\u4e00-\u9fff]某某?)$/u;
const PERSON_EN = /^(?:Mr|Ms|Mrs|Dr)\.?\s|\b(?:individual|person|director|officer|employee|CEO|executive|manager|defendant|founder|doctor|nurse|man|woman)s?$/i;

/** The party penalised by money[i], read from the sentence that starts at `sentenceStart`. */
export function partyOf(text: string, money: readonly MoneyMention[], i: number, cue: PenaltyCue, sentenceStart: number): Party {
  return cue.latin ? englishTarget(text, money, i, cue, sentenceStart) : chineseTarget(text, money, i, sentenceStart);
}

function party(target: string | null): Party {
  if (target === null) return NONE;
  const person = /[A-Za-z]/.test(target[0] ?? '') ? PERSON_EN.test(target) : PERSON_CN.test(target);
  return { target, payer: person ? 'person' : 'entity' };
}

// ---- Chinese

function chineseTarget(text: string, money: readonly MoneyMention[], i: number, sentenceStart: number): Party {
  const m = money[i]!;
  const left = text.slice(sentenceStart, m.span.start);
  let best: { x: string; start: number; end: number } | null = null;
  for (const re of CN_PATTERNS) {
    for (const hit of left.matchAll(re)) {
      const x = hit[1]!;
      const start = (hit.index ?? 0) + hit[0].indexOf(x);
      if (best === null || start + x.length > best.end) best = { x, start, end: start + x.length };
    }
  }
  if (best === null) return NONE;
  const respective = left.includes('分别') ? respectivePart(text, money, i, best.x, sentenceStart + best.end) : null;
  if (respective !== null) return party(cleanChinese(respective));
  const whole = best.x.split(PARTS).map(cleanChinese);
  if (whole.length > 1) {
    // `对该单位及其负责人罚款5万元`: one sum on several parties; the payer is known only if shared.
    const target = cleanChinese(best.x);
    const payers = new Set(whole.map((p) => party(p).payer));
    return target === null ? NONE : { target, payer: payers.size === 1 ? [...payers][0]! : null };
  }
  return party(cleanChinese(best.x));
}

// `对该单位及相关主管人员分别予以罚款伍万元和贰万元`: with 分别 the n-th amount of a joined run is on
// the n-th party. When the counts differ (`对A和B分别罚款5万元`) each paid the same sum, and the
// caller reports the parties together.
function respectivePart(text: string, money: readonly MoneyMention[], i: number, x: string, xEnd: number): string | null {
  const names = x.split(PARTS);
  if (names.length < 2) return null;
  const run: number[] = [];
  for (let k = 0; k < money.length; k++) {
    const mk = money[k]!;
    if (mk.span.start < xEnd) continue;
    const prev = money[run[run.length - 1] ?? -1];
    if (prev && !JOINED.test(text.slice(prev.span.end, mk.span.start))) break;
    run.push(k);
  }
  const n = run.indexOf(i);
  return run.length === names.length && n >= 0 ? (names[n] ?? null) : null;
}

function cleanChinese(raw: string): string | null {
  // Spaces between Han characters are PDF noise; `对Google LLC处以` keeps its space.
  let x = raw.trim().replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '').replace(LIST_MARK, '').replace(LEADING_FILLER, '');
  if (x === '' || PRONOUN.test(x) || NOT_A_PARTY.test(x)) return null;
  x = namedParty(x);
  return x.length >= 2 || /[A-Za-z]/.test(x) ? x : null;
}

function namedParty(x: string): string {
  // `未采行适当安全措施的某电商业者`: a relative clause before an anonymised party.
  const anonymous = /的(某.+)$/u.exec(x);
  if (anonymous) return anonymous[1]!;
  if (!DESCRIPTION.test(x)) return x;
  for (const role of x.matchAll(ROLE)) {
    const rest = x.slice((role.index ?? 0) + role[0].length);
    if (rest.length >= 4 && ORG_END.test(rest) && !rest.startsWith('的') && !ROLE_FIRST.test(rest)) return rest;
  }
  return x;
}

// ---- English

const ACTIVE_VERB = /^(?:fined|fine|fines|fining|penali[sz]ed|penali[sz]es?|sanctioned)$/i;
const NOT_A_NAME = /^(?:for|of|by|with|in|on|at|up|over|nearly|almost|more|about|around|some|a|an|total|totalling|totaling|[:;,.(])/i;
const AFTER_AMOUNT = /^\s*(?:(?:in\s+)?(?:(?:civil|administrative|monetary)\s+)?(?:fines?|penalt(?:y|ies)|settlement|surcharge)\s+)?(?:on|against|to|upon)\s+/i;
const IN_BRACKETS = /^\s*[(（]\s*([A-Z][^()（）\d]{0,40}?)\s*[)）]/u;
const SUBJECT_VERB =
  /\b(?:(?:was|were|has been|have been|had been|is|are|will be|to be|got|gets|get)\s+(?:fined|penali[sz]ed|sanctioned|ordered to pay|hit with|handed)|agreed to pay|agreed to|will pay|would pay|must pay|has to pay|have to pay|paid|pays|reached|settled)\b/gi;
const CONNECTORS = new Set(['of', 'and', '&', 'de', 'du', 'des', 'la', 'le', 'für']);
const ABBREVIATIONS = /^(?:Co|Ltd|Inc|Corp|Pte|Pty|S\.A|N\.V|B\.V|L\.P|P\.L\.C|U\.S|U\.K|Bros|Mr|Ms|Mrs|Dr|St|Jr)\.,?$/;
const SENTENCE_OPENERS = new Set(['The', 'In', 'On', 'Meanwhile', 'Separately', 'Also', 'However', 'Additionally', 'Earlier', 'Later', 'Then', 'Last', 'This', 'Finally']);
const CAP_TOKEN = /^(?:[A-Z][\w&'’.-]*|\d+[A-Za-z][\w&'’.-]*),?$/u;

function englishTarget(text: string, money: readonly MoneyMention[], i: number, cue: PenaltyCue, sentenceStart: number): Party {
  const m = money[i]!;
  // `fined Google €150 million and Facebook €60 million`: the object sits between the verb (or the
  // previous amount) and this amount.
  if (!cue.follows && ACTIVE_VERB.test(cue.word.trim())) {
    const prev = money[i - 1];
    const from = Math.max(m.span.start - cue.between.length, prev ? prev.span.end : 0);
    const object = text.slice(from, m.span.start).replace(/^\s*(?:,|and|as well as)\s+/i, '').replace(/\s+(?:a|an)(?:\s+(?:record|total of|further|additional))?\s*$/i, '');
    const name = NOT_A_NAME.test(object.trim()) ? null : leadingName(object);
    if (name !== null) return party(name);
  }
  const right = text.slice(m.span.end, m.span.end + 120);
  const after = AFTER_AMOUNT.exec(right);
  if (after) {
    const name = leadingName(right.slice(after[0].length));
    if (name !== null) return party(name);
  }
  const bracket = IN_BRACKETS.exec(right);
  if (bracket) return party(bracket[1]!.trim());
  const left = text.slice(sentenceStart, m.span.start);
  const verbs = [...left.matchAll(SUBJECT_VERB)];
  const verb = verbs[verbs.length - 1];
  return verb ? party(trailingName(left.slice(0, verb.index))) : NONE;
}

/** The name at the start of `s`: capitalised words with `of`/`and` between them, or `the company`. */
function leadingName(s: string): string | null {
  const tokens = s.trim().split(/\s+/);
  const first = tokens[0] ?? '';
  const noun = (tokens[1] ?? '').replace(/[.,;:]+$/, '');
  if (/^(?:the|its|their)$/i.test(first) && /^[a-z][\w-]*$/.test(noun)) return `${first} ${noun}`;
  const taken: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (CAP_TOKEN.test(t) && !(taken.length === 0 && /^\d+$/.test(t))) {
      taken.push(t);
      // `Co.,` continues into `Ltd.`; any other comma ends the name.
      if (t.endsWith(',') && !ABBREVIATIONS.test(t)) break;
    } else if (CONNECTORS.has(t) && taken.length > 0 && CAP_TOKEN.test(tokens[k + 1] ?? '')) taken.push(t);
    else break;
  }
  return taken.length === 0 ? null : stripEnd(taken.join(' '));
}

/** The name that ends `s` (the subject before `was fined`, `agreed to pay`). */
function trailingName(s: string): string | null {
  const tokens = s.trim().split(/\s+/);
  const taken: string[] = [];
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k]!;
    const next = taken[0];
    if (CAP_TOKEN.test(t) && !/^\d+,?$/.test(t) && (!t.endsWith(',') || (next !== undefined && ABBREVIATIONS.test(next)))) taken.unshift(t);
    else if (CONNECTORS.has(t) && taken.length > 0 && CAP_TOKEN.test(tokens[k - 1] ?? '')) taken.unshift(t);
    else break;
  }
  while (taken.length > 1 && SENTENCE_OPENERS.has(taken[0]!)) taken.shift();
  if (taken.length === 0) {
    // `the company was fined`
    const [det, noun] = tokens.slice(-2);
    return det && noun && /^(?:the|its|their)$/i.test(det) && /^[a-z][\w-]*$/.test(noun) ? `${det} ${noun}` : null;
  }
  return SENTENCE_OPENERS.has(taken[0]!) ? null : stripEnd(taken.join(' '));
}

function stripEnd(name: string): string {
  const trimmed = name.replace(/[,;:]+$/, '');
  const last = trimmed.split(' ').pop() ?? '';
  return trimmed.endsWith('.') && !ABBREVIATIONS.test(last) ? trimmed.slice(0, -1) : trimmed;
}
