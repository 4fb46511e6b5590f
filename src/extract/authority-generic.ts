import { LOCAL_BODIES } from './gazetteer.ts';
import { CodeSet, firstCodeTable, isHan, isHanCode } from './match-text.ts';
import { PLACE_TRIE } from './places.ts';

// Bodies the dictionaries do not list, found by their ending (…领导小组办公室, …委员会, …局).
// The danger is a capture that runs on into a verb phrase or a company name, so the part before
// the ending must be short, Han only, and free of verbs and company words.

export const LOCAL_SUFFIXES = [...LOCAL_BODIES.suffixes].sort((a, b) => b.length - a.length);
export const BODY_UNIT_SUFFIXES = ['办公厅', '办公室', '委员会', '司', '局'];
// 部长 and 专员 name an office holder acting for the state (澳大利亚内政部长).
export const FOREIGN_SUFFIXES = ['专员公署', '专员办公室', '监管机构', '保护机构', '委员会', '办公室', '法院', '政府', '议会', '国会', '部长', '专员', '局', '署', '部'];
// 英国政府, 欧洲议会: these may follow a country name directly.
const BARE_SUFFIXES: ReadonlySet<string> = new Set(['政府', '议会', '国会']);
const ALL_STOPS = [...LOCAL_BODIES.verbStops, ...LOCAL_BODIES.nounStops];
const BAD_ENDINGS = LOCAL_BODIES.badEndings;
const GOV_NOT_BEFORE = LOCAL_BODIES.kinds.find((k) => k.id === 'gov')?.notBefore?.['政府'] ?? [];
const MAX_GENERIC = 18;
// A known body kind inside the middle (北京 + 市公安局…接市公安局) means the text is several
// names, not one unknown one.
const KIND_FORMS = LOCAL_BODIES.kinds.flatMap((k) => Object.keys(k.forms)).filter((form) => form.length >= 3);
const OFFICE_RE = new RegExp(`[\\u4e00-\\u9fff]{2,24}?(?:${LOCAL_BODIES.offices.join('|')})`, 'y');
const NATIONAL_RE = /国家[\u4e00-\u9fff]{2,12}?(?:办公室|委员会|局)/y;
// A police branch of a town the place index does not list (联合大朗分局开展收网行动).
const TOWN_BRANCH_RE = /[\u4e00-\u9fff]{2}分局/y;
// Words that may end right before a national body name starting in mid-sentence.
export const BEFORE_OFFICE: ReadonlySet<string> = new Set('、与和及以同合由经'.split(''));
/** BEFORE_OFFICE by character code. */
export const BEFORE_OFFICE_CODES: CodeSet = firstCodeTable(BEFORE_OFFICE);

export interface GenericOptions {
  suffixes: readonly string[];
  /** Longest allowed part before the suffix. */
  maxMiddle?: number;
  /** Reject a middle naming a province or city (国家市场监管总局委托浙江省市场监管局). */
  noPlaceInMiddle?: boolean;
}

function containsPlace(middle: string): boolean {
  for (let i = 0; i < middle.length; i++) {
    for (const m of PLACE_TRIE.matchesAt(middle, i)) {
      if (m.values.some((v) => v.place.level !== 'county' && (!v.short || m.end - i >= 2))) return true;
    }
  }
  return false;
}

function middleOk(middle: string, stops: readonly string[]): boolean {
  for (const ch of middle) if (!isHan(ch)) return false;
  return !stops.some((w) => middle.includes(w));
}

/** The end of the longest unknown-body name starting at `pos`, or -1. */
// The last characters of a suffix list's words, by code: a name can only end on one of them, so
// other positions need no slice and no comparison.
const suffixEnds = new WeakMap<readonly string[], CodeSet>();

function lastCodes(suffixes: readonly string[]): CodeSet {
  let set = suffixEnds.get(suffixes);
  if (!set) {
    set = new CodeSet();
    for (const w of suffixes) if (w !== '') set.add(w.charCodeAt(w.length - 1));
    suffixEnds.set(suffixes, set);
  }
  return set;
}

export function genericEnd(f: string, pos: number, options: GenericOptions, masked: (i: number) => boolean): number {
  const maxMiddle = options.maxMiddle ?? MAX_GENERIC;
  const ends = lastCodes(options.suffixes);
  let best = -1;
  for (let k = pos; k < f.length && k - pos < MAX_GENERIC && isHan(f[k]) && !masked(k); k++) {
    if (!ends.has(f.charCodeAt(k))) continue;
    const s = f.slice(pos, k + 1);
    const suffix = options.suffixes.find((x) => s.endsWith(x));
    if (!suffix) continue;
    const middle = s.slice(0, s.length - suffix.length);
    const minMiddle = BARE_SUFFIXES.has(suffix) ? 0 : suffix.length === 1 ? 2 : 1;
    if (middle.length < minMiddle || middle.length > maxMiddle) continue;
    if (!middleOk(middle, ALL_STOPS) || BAD_ENDINGS.some((b) => s.endsWith(b))) continue;
    if (KIND_FORMS.some((k) => middle.includes(k))) continue;
    if (options.noPlaceInMiddle && containsPlace(middle)) continue;
    const next = f[k + 1] ?? '';
    if (suffix === '政府' && GOV_NOT_BEFORE.some((w) => f.startsWith(w, k + 1))) continue;
    if (next !== '' && suffix.endsWith('局') && '势面部限'.includes(next)) continue;
    if (next !== '' && suffix === '部' && '长分门署落队'.includes(next)) continue;
    best = k + 1;
  }
  return best;
}

// The scan asks at most positions of a text whether an office name starts there, and almost
// never does one. These tests say cheaply when a pattern cannot match at `pos`: an office ending
// must start 2–24 characters on, 国家 must be at `pos`, 分局 two characters on.
const NATIONAL = '国家';
const TOWN_BRANCH = '分局';
let officeText = '';
let officeEndings: number[] = [];

function mayMatchAt(re: RegExp, f: string, pos: number): boolean {
  if (re === NATIONAL_RE) return f.startsWith(NATIONAL, pos);
  if (re === TOWN_BRANCH_RE) return f.startsWith(TOWN_BRANCH, pos + 2);
  if (f !== officeText) {
    officeText = f;
    officeEndings = endingStarts(f, LOCAL_BODIES.offices);
  }
  for (const s of officeEndings) if (s >= pos + 2 && s <= pos + 24) return true;
  return false;
}

/** Where any of `words` starts in `f`. */
function endingStarts(f: string, words: readonly string[]): number[] {
  const out: number[] = [];
  for (const w of words) for (let k = f.indexOf(w); k >= 0; k = f.indexOf(w, k + 1)) out.push(k);
  return out;
}

/**
 * A national body with no place before it, found by a distinctive ending
 * (互联网金融风险专项整治工作领导小组办公室) or by 国家 + … + 局/委员会/办公室
 * (国家网络安全审查办公室). Only at the start of a phrase.
 */
export function officeEnd(f: string, pos: number, masked: (i: number) => boolean): number {
  if (pos > 0 && isHanCode(f.charCodeAt(pos - 1)) && !BEFORE_OFFICE_CODES.has(f.charCodeAt(pos - 1))) return -1;
  for (const re of [OFFICE_RE, NATIONAL_RE, TOWN_BRANCH_RE]) {
    if (!mayMatchAt(re, f, pos)) continue;
    re.lastIndex = pos;
    const m = re.exec(f);
    if (!m) continue;
    const end = pos + m[0].length;
    const stops = re === OFFICE_RE ? LOCAL_BODIES.verbStops : ALL_STOPS;
    if (!middleOk(m[0], stops) || BAD_ENDINGS.some((b) => m[0].endsWith(b))) continue;
    let ok = true;
    for (let k = pos; k < end; k++) if (masked(k)) ok = false;
    if (ok) return end;
  }
  return -1;
}

const ACTORS = LOCAL_BODIES.genericActors;
const ACTOR_BODIES = [...ACTORS.bodies].sort((a, b) => b.length - a.length);
const ACTOR_QUALIFIERS = [...ACTORS.qualifiers].sort((a, b) => b.length - a.length);
const ACTOR_ADVERBS = [...ACTORS.adverbs].sort((a, b) => b.length - a.length);
/** First characters of qualifiers (全国, 各地, 属地): positions a generic actor may start at. */
export const ACTOR_STARTS: ReadonlySet<string> = new Set([...ACTORS.qualifiers, ...ACTORS.bodies].map((w) => w[0]!));
/** ACTOR_STARTS by character code. */
export const ACTOR_START_CODES: CodeSet = firstCodeTable(ACTOR_STARTS);

/**
 * A body named without a place (全国公安机关, 各地网信部门, 派出所, 法院) counts only as the
 * subject of an action: 公安机关破获…, not 移送公安机关. Returns the end of the name or -1.
 */
export function genericActorEnd(f: string, pos: number, masked: (i: number) => boolean): number {
  if (pos >= f.length || !ACTOR_START_CODES.has(f.charCodeAt(pos))) return -1;
  const qualifier = ACTOR_QUALIFIERS.find((q) => f.startsWith(q, pos));
  const at = pos + (qualifier?.length ?? 0);
  const body = ACTOR_BODIES.find((b) => f.startsWith(b, at));
  if (!body || masked(pos)) return -1;
  // Without a qualifier the name must open a clause (…以来，公安机关侦破…), not be an object.
  if (!qualifier && pos > 0 && isHan(f[pos - 1]) && !ACTORS.before.some((b) => f.startsWith(b, pos - b.length))) return -1;
  const end = at + body.length;
  let k = end;
  for (let adverb = ACTOR_ADVERBS.find((a) => f.startsWith(a, k)); adverb; adverb = ACTOR_ADVERBS.find((a) => f.startsWith(a, k))) k += adverb.length;
  return ACTORS.verbs.some((v) => f.startsWith(v, k)) ? end : -1;
}
