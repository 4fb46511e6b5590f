import { ACTOR_START_CODES, BEFORE_OFFICE_CODES, BODY_UNIT_SUFFIXES, FOREIGN_SUFFIXES, LOCAL_SUFFIXES, genericActorEnd, genericEnd, officeEnd } from './authority-generic.ts';
import { GAZETTEER, LOCAL_BODIES, surfaceForms, type BodyKind, type GazetteerBody } from './gazetteer.ts';
import { FOREIGN_ZH_NAMES } from './foreign-places.ts';
import { firstCodeTable, isHan, isHanCode } from './match-text.ts';
import { PhraseTrie } from './phrase-trie.ts';
import { allPlaceForms, isCountyStop, isWithin, type PlaceForm } from './places.ts';

// Chinese authority names as a chain of tokens read left to right on folded text:
//   [中共] place+ [委] kind (place | kind)*     江苏苏州公安网安部门, 北京市公安局昌平分局网安部门
//   level-prefix kind                            (会同)市市场监管局, (联合)省工信厅
//   gazetteer-body [place branch | unit]         国家金融监督管理总局北京监管局, 教育部办公厅
//   country [subdivision] generic                英国内政部
// plus coordinated places (北京市公安局昌平、朝阳两分局网安部门 is one name as written) and
// unknown bodies ending in a body suffix (福建省数字福建建设领导小组办公室). The longest chain
// starting at a position wins, so 北京市公安局 is never also reported inside a longer name.

export type Token =
  | { type: 'place'; start: number; end: number; form: PlaceForm }
  | { type: 'kind'; start: number; end: number; kind: BodyKind; full: string }
  | { type: 'body'; start: number; end: number; body: GazetteerBody }
  | { type: 'country'; start: number; end: number; country: string; isCountry: boolean }
  | { type: 'generic'; start: number; end: number }
  /** Joining text inside a name: 、 between places, 两/等地 before a kind, 委, 第一, a level prefix. */
  | { type: 'glue'; start: number; end: number; text: string };

export interface Chain {
  start: number;
  end: number;
  tokens: Token[];
}

type Value =
  | { type: 'place'; form: PlaceForm }
  | { type: 'kind'; kind: BodyKind; full: string }
  | { type: 'body'; body: GazetteerBody }
  | { type: 'country'; country: string; isCountry: boolean };

const TRIE = new PhraseTrie<Value>();
for (const sf of surfaceForms(GAZETTEER)) if (isHan(sf.form[0]) && !sf.weak) TRIE.add(sf.form, { type: 'body', body: sf.body });
for (const kind of LOCAL_BODIES.kinds) for (const [form, full] of Object.entries(kind.forms)) TRIE.add(form, { type: 'kind', kind, full: full ?? form });
for (const [name, forms] of allPlaceForms()) for (const form of forms) TRIE.add(name, { type: 'place', form });
for (const [name, place] of FOREIGN_ZH_NAMES) TRIE.add(name, { type: 'country', ...place });

const LEVEL_PREFIXES = '省市区县州';
const ANONYMOUS_LEVELS = '省市区县州地镇';
const MOU = '某'.charCodeAt(0);
const LEVEL_PREFIX_CODES = firstCodeTable(LEVEL_PREFIXES);
// A level prefix (市市场监管局) only starts a name after a word that introduces a body.
const BEFORE_LEVEL_PREFIX = new Set('、，,；;：:（(“"和与及同合接经由向被对在请报据'.split(''));
const COUNT_WORDS = ['等地', '两', '三', '四', '五', '六', '等', '各'];
const INSTITUTION_AFTER = /^(第[一二三四五六七八九十]+)?(研究所|研究院|研究中心|信息中心|大学|学院|出版社|报社|直属|所属|原所长|原部长)/;
const RANK = { body: 0, kind: 1, place: 2, country: 3 } as const;
const NAME_PREFIXES = ['中共', '中华人民共和国'];
const ORDINAL = /^第[一二三四五六七八九十]{1,3}|^[一二三四五六七八九十](?=中院|中级|分院)/;
// Characters an ORDINAL match starts with: other positions need no slice and no regex run.
const ORDINAL_STARTS: ReadonlySet<string> = new Set('第一二三四五六七八九十');
const ZHONG = '中'.charCodeAt(0);

/**
 * Dictionary values starting at `pos`, longest first (at equal length a gazetteer body, then a
 * kind, then a place). Shorter kinds and places inside a longer gazetteer name are dropped:
 * 公安 is not a kind where the text says 公安部.
 */
// A chain asks about the same positions several times (to start, to extend, to look ahead);
// the answers for the text being scanned are kept until another text comes.
let memoText = '';
let memo = new Map<number, Array<{ end: number; value: Value }>>();

const NO_VALUES: ReadonlyArray<{ end: number; value: Value }> = Object.freeze([]);

function valuesAt(f: string, pos: number): ReadonlyArray<{ end: number; value: Value }> {
  // Most positions start no dictionary word: no walk, no memo entry.
  if (!TRIE.startsAt(f, pos) || !TRIE.mayMatchAt(f, pos)) return NO_VALUES;
  if (f !== memoText) {
    memoText = f;
    memo = new Map();
  }
  let values = memo.get(pos);
  if (!values) {
    values = lookup(f, pos);
    memo.set(pos, values);
  }
  return values;
}

function lookup(f: string, pos: number): Array<{ end: number; value: Value }> {
  const out: Array<{ end: number; value: Value }> = [];
  for (const m of TRIE.matchesAt(f, pos)) for (const value of m.values) out.push({ end: m.end, value });
  out.sort((a, b) => b.end - a.end || RANK[a.value.type] - RANK[b.value.type]);
  const bodyEnd = out.find((v) => v.value.type === 'body')?.end ?? -1;
  return out.filter((v) => v.value.type === 'body' || v.end >= bodyEnd);
}

function blockedAfter(f: string, kind: BodyKind, start: number, end: number): boolean {
  const blockers = kind.notBefore?.[f.slice(start, end)] ?? [];
  return blockers.some((nb) => f.startsWith(nb, end));
}

function kindAt(f: string, pos: number): boolean {
  return valuesAt(f, pos).some((v) => v.value.type === 'kind' && v.value.kind.role === 'place' && !blockedAfter(f, v.value.kind, pos, v.end));
}

function lastPlace(tokens: readonly Token[]): Extract<Token, { type: 'place' }> | undefined {
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.type === 'place') return t;
  }
  return undefined;
}

const SHORT_COUNTY_KINDS: ReadonlySet<string> = new Set(['psb', 'psb-cyber', 'court', 'procuratorate']);

const isShortCounty = (form: PlaceForm): boolean => form.short && form.place.level === 'county';

function acceptPlace(tokens: readonly Token[], form: PlaceForm): boolean {
  const prev = tokens[tokens.length - 1];
  if (!prev) return !isShortCounty(form);
  if (prev.type === 'body') return !isShortCounty(form);
  if (prev.type !== 'place' && prev.type !== 'kind' && prev.type !== 'glue') return false;
  const outer = lastPlace(tokens);
  if (!outer) return false;
  // 昌平、朝阳: a coordinated place sits beside the previous one, inside the same parent.
  if (prev.type === 'glue' && prev.text === '、') return outer.form.place.level === form.place.level && outer.form.place.parentCode === form.place.parentCode;
  return isWithin(form.place, outer.form.place);
}

function acceptKind(tokens: readonly Token[], kind: BodyKind): boolean {
  const prev = tokens[tokens.length - 1];
  if (!prev) return false;
  if (kind.role === 'unit') return prev.type === 'kind' || prev.type === 'body' || prev.type === 'generic';
  if (kind.role === 'branch') return prev.type === 'place' && tokens[0]?.type === 'body';
  if (prev.type === 'body' || prev.type === 'country' || prev.type === 'generic') return false;
  // A short county name alone (北碚警方, 昌平分局) names police units only.
  const first = tokens[0];
  // Courts and procuratorates are named so too (浦东法院, 海淀检察院).
  if (first?.type === 'place' && isShortCounty(first.form) && tokens.every((t) => t.type !== 'kind')) return SHORT_COUNTY_KINDS.has(kind.id);
  return true;
}

/** Every way a name may start at `pos`, longest first (深圳市 and 深圳 before 深圳市场监管局). */
function startTokens(f: string, pos: number): Token[] {
  const out: Token[] = [];
  for (const { end, value } of valuesAt(f, pos)) {
    if (value.type === 'body') {
      if (!value.body.notAfter?.some((x) => f.slice(pos - x.length, pos) === x)) out.push({ type: 'body', start: pos, end, body: value.body });
    } else if (value.type === 'place') {
      const shortCounty = isShortCounty(value.form);
      if (!shortCounty || (kindAt(f, end) && !isCountyStop(f.slice(pos, end)))) out.push({ type: 'place', start: pos, end, form: value.form });
    } else if (value.type === 'country') {
      out.push({ type: 'country', start: pos, end, country: value.country, isCountry: value.isCountry });
    }
  }
  const ch = f[pos] ?? '';
  if (out.length === 0 && ch !== '' && LEVEL_PREFIXES.includes(ch) && (pos === 0 || !isHan(f[pos - 1]) || BEFORE_LEVEL_PREFIX.has(f[pos - 1]!))) {
    if (kindAt(f, f[pos + 1] === '委' ? pos + 2 : pos + 1)) out.push({ type: 'glue', start: pos, end: pos + 1, text: ch });
  }
  // A published case that hides the place (某市公安局网安支队, 某区网信办) still names a body.
  if (out.length === 0 && ch === '某' && ANONYMOUS_LEVELS.includes(f[pos + 1] ?? '') && kindAt(f, f[pos + 2] === '委' ? pos + 3 : pos + 2)) {
    out.push({ type: 'glue', start: pos, end: pos + 2, text: f.slice(pos, pos + 2) });
  }
  return out;
}

function nextToken(f: string, p: number, tokens: Token[], masked: (i: number) => boolean): Token | null {
  const prev = tokens[tokens.length - 1]!;
  for (const { end, value } of valuesAt(f, p)) {
    if (value.type === 'kind' && !blockedAfter(f, value.kind, p, end) && acceptKind(tokens, value.kind)) {
      return { type: 'kind', start: p, end, kind: value.kind, full: value.full };
    }
    if (value.type === 'place' && acceptPlace(tokens, value.form)) return { type: 'place', start: p, end, form: value.form };
    if (value.type === 'country' && prev.type === 'country' && !value.isCountry) return { type: 'country', start: p, end, country: value.country, isCountry: false };
  }
  return glueAt(f, p, tokens) ?? genericAt(f, p, tokens, masked);
}

/** The longest authority chain starting at `pos`, or null. */
export function chainAt(f: string, pos: number, masked: (i: number) => boolean): Chain | null {
  // Most characters start no dictionary word; only a phrase start may begin an unlisted office.
  // (Character codes, not one-character strings: this runs at nearly every position of an item.)
  // A position whose first two characters start no phrase is no phrase start (its values are
  // empty), except for 中 of a 中共 / 中华人民共和国 prefix.
  const code = f.charCodeAt(pos);
  const phraseStart = TRIE.startsAt(f, pos) && (TRIE.mayMatchAt(f, pos) || code === ZHONG);
  if (!phraseStart && !LEVEL_PREFIX_CODES.has(code) && !ACTOR_START_CODES.has(code) && code !== MOU) {
    if (pos > 0 && isHanCode(f.charCodeAt(pos - 1)) && !BEFORE_OFFICE_CODES.has(f.charCodeAt(pos - 1))) return null;
  }
  const ch = f[pos]!;
  // 中共江苏省委网信办, 中华人民共和国工业和信息化部: the prefix belongs to the name as written.
  const prefix = ch === '中' ? NAME_PREFIXES.find((x) => f.startsWith(x, pos) && isHan(f[pos + x.length])) : undefined;
  let starts = startTokens(f, pos);
  if (starts.length === 0 && prefix) starts = startTokens(f, pos + prefix.length);
  if (starts.length === 0) {
    const end = Math.max(officeEnd(f, pos, masked), genericActorEnd(f, pos, masked));
    return end > pos ? { start: pos, end, tokens: [{ type: 'generic', start: pos, end }] } : null;
  }
  // The longest place is not always the right one: 深圳市场监管局 is 深圳 + 市场监管局, not
  // 深圳市 + 场监管局. Grow a chain from each start; keep the one read with known kinds, then
  // the longest.
  let best: Chain | null = null;
  for (const first of starts) {
    const chain = grow(f, pos, first, masked);
    if (!chain) continue;
    const d = best ? generics(chain) - generics(best) : -1;
    if (!best || d < 0 || (d === 0 && chain.end > best.end)) best = chain;
  }
  return best;
}

function generics(chain: Chain): number {
  return chain.tokens.filter((t) => t.type === 'generic').length;
}

function grow(f: string, pos: number, first: Token, masked: (i: number) => boolean): Chain | null {
  const tokens: Token[] = [first];
  let validEnd = first.type === 'body' ? first.end : -1;
  for (let p = first.end; p < f.length && !masked(p); ) {
    const next = nextToken(f, p, tokens, masked);
    if (!next) break;
    if (next.type === 'kind' || next.type === 'generic') validEnd = next.end;
    tokens.push(next);
    p = next.end;
  }
  if (first.type === 'body' && validEnd === first.end) {
    // A gazetteer name inside another institution's name (公安部第三研究所) or a generic word
    // (交通运输部门) is not the body.
    if (INSTITUTION_AFTER.test(f.slice(first.end, first.end + 8))) return null;
    if (f[first.end - 1] === '部' && f[first.end] === '门') return null;
    if (first.body.notBefore?.some((x) => f.startsWith(x, first.end))) return null;
  }
  if (validEnd < 0) return null;
  return { start: pos, end: validEnd, tokens: tokens.filter((t) => t.end <= validEnd) };
}

/**
 * Where to look for the next chain when none starts at `pos`: after a whole place or country
 * name (北爱尔兰 is not 北 + 爱尔兰警察局) or a gazetteer name that was rejected, else one on.
 */
export function skipFrom(f: string, pos: number): number {
  if (!TRIE.startsAt(f, pos)) return pos + 1;
  const first = valuesAt(f, pos)[0];
  return first && first.value.type !== 'kind' ? first.end : pos + 1;
}

function glueAt(f: string, p: number, tokens: Token[]): Token | null {
  const prev = tokens[tokens.length - 1]!;
  const ch = f[p];
  const coordinated = tokens.some((t) => t.type === 'glue' && t.text === '、');
  if (prev.type === 'place' && ch === '、') {
    const glue: Token = { type: 'glue', start: p, end: p + 1, text: '、' };
    const ok = valuesAt(f, p + 1).some((v) => v.value.type === 'place' && acceptPlace([...tokens, glue], v.value.form));
    return ok ? glue : null;
  }
  if (prev.type === 'place') {
    // 昌平、朝阳两分局; 无锡等地公安机关 (等地 needs no list before it).
    const word = COUNT_WORDS.find((w) => f.startsWith(w, p) && (coordinated || w === '等地'));
    if (word && kindAt(f, p + word.length)) return { type: 'glue', start: p, end: p + word.length, text: word };
  }
  const afterLevel = prev.type === 'glue' && LEVEL_PREFIXES.includes(prev.text);
  if ((prev.type === 'place' || afterLevel) && ch === '委' && kindAt(f, p + 1)) return { type: 'glue', start: p, end: p + 1, text: '委' };
  // 温州市某区人民检察院: a district the text leaves unnamed, between its city and the body.
  if (prev.type === 'place' && ch === '某' && ANONYMOUS_LEVELS.includes(f[p + 1] ?? '') && kindAt(f, p + 2)) {
    return { type: 'glue', start: p, end: p + 2, text: f.slice(p, p + 2) };
  }
  // 北京市第一中级人民法院, 上海一中院.
  const ordinal = ORDINAL_STARTS.has(ch ?? '') ? ORDINAL.exec(f.slice(p, p + 5)) : null;
  if (ordinal && (prev.type === 'place' || prev.type === 'kind') && kindAt(f, p + ordinal[0].length)) {
    return { type: 'glue', start: p, end: p + ordinal[0].length, text: ordinal[0] };
  }
  return null;
}

function genericAt(f: string, p: number, tokens: Token[], masked: (i: number) => boolean): Token | null {
  const prev = tokens[tokens.length - 1]!;
  const first = tokens[0]!;
  let end = -1;
  if (prev.type === 'place' && tokens.every((t) => t.type === 'place')) {
    if (isShortCounty(first.type === 'place' ? first.form : prev.form)) return null;
    end = genericEnd(f, p, { suffixes: LOCAL_SUFFIXES }, masked);
  } else if (prev.type === 'body' && tokens.length === 1) {
    end = genericEnd(f, p, { suffixes: BODY_UNIT_SUFFIXES, maxMiddle: 8, noPlaceInMiddle: true }, masked);
  } else if (prev.type === 'country' && first.type === 'country' && first.isCountry) {
    end = genericEnd(f, p, { suffixes: FOREIGN_SUFFIXES, maxMiddle: 10 }, masked);
  }
  return end > p ? { type: 'generic', start: p, end } : null;
}
