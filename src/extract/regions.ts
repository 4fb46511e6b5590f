import placesZh from './data/places-zh.json' with { type: 'json' };
import { findAuthorityMentions, type AuthorityMention, type PlaceHit } from './authorities.ts';
import { FOREIGN_ZH_TRIE, PLACES_EN, PLACE_EN_TRIE, countryNames, englishPlaceName, isForeignPlace } from './foreign-places.ts';
import { foldString, isHan, isLatinOrDigit, prepareText, sourceSpan, type PreparedText } from './match-text.ts';
import { PLACE_TRIE, isStandaloneStop, isWithin, placeByCode, placeForms, provinceOf as mainlandProvinceOf, type PlaceForm } from './places.ts';
import type { Found } from './types.ts';

// The place an item concerns, as written: the province or city of the acting local authority
// (宁波市市监局 -> 宁波市, 北京市公安局昌平分局 -> 北京市), else the foreign country of a foreign
// authority (英国国家网络安全中心 -> 英国), null when a national Chinese body acts, else the first
// place the text names (迪拜《数据保护条例》 -> 迪拜). FORMAT.md asks for a province, city or
// country, so a district is reported only when nothing larger is written.

const WORD_AFTER = placesZh.wordAfter;
const COMPANY_CUES = placesZh.companyCues;
const COMPANY_WINDOW = 16;
// A bare short name (浙江, 台中) counts only after a word boundary: 在浙江, not 平台中.
const BEFORE_SHORT = new Set('在于赴到从自和与及的对由据向至经或同往来为是将把被'.split(''));

interface PlaceMention {
  start: number;
  end: number;
  /** Mainland place, or null for a foreign one. */
  form: PlaceForm | null;
  country: string | null;
  isCountry: boolean;
}

/** Smaller is preferred: a city, then a county-level city, then a province, then a district. */
function rank(form: PlaceForm): number {
  if (form.place.level === 'prefecture') return 0;
  if (form.place.level === 'county') return form.place.isCity ? 1 : 3;
  return 2;
}

function found(t: PreparedText, start: number, end: number): Found<string> {
  const span = sourceSpan(t, start, end);
  return { value: t.compact.slice(start, end), span, text: t.source.slice(span.start, span.end) };
}

function fromHits(hits: readonly PlaceHit[]): { region: Found<string>; form: PlaceForm | null } | null {
  const usable = hits.filter((h): h is PlaceHit & { form: PlaceForm } => h.form !== null);
  if (usable.length === 0) {
    const h = hits[0];
    return h ? { region: { value: h.text, span: h.span, text: h.text }, form: null } : null;
  }
  const best = Math.min(...usable.map((h) => rank(h.form)));
  const top = usable.filter((h) => rank(h.form) === best);
  // 上海、江苏、北京等地公安机关 concerns several places: no single region.
  if (new Set(top.map((h) => h.form.place.code)).size > 1) return null;
  const h = top[0]!;
  return { region: { value: h.text.replace(/\s+/g, ''), span: h.span, text: h.text }, form: h.form };
}

/** A local gazetteer body (北京互联网法院) carries its place at the start of its name. */
function gazetteerPlace(m: AuthorityMention): Found<string> | null {
  if (!m.body || !['provincial', 'municipal', 'district'].includes(m.body.level)) return null;
  const t = prepareText(m.found.text);
  const hit = PLACE_TRIE.longestAt(t.folded, 0);
  if (!hit) return null;
  const span = sourceSpan(t, 0, hit.end);
  return { value: t.compact.slice(0, hit.end), span: { start: m.found.span.start + span.start, end: m.found.span.start + span.end }, text: t.source.slice(span.start, span.end) };
}

function inCompanyName(f: string, end: number): boolean {
  const after = f.slice(end, end + COMPANY_WINDOW).split(/[，。；、,;:：\s（(]/)[0] ?? '';
  return COMPANY_CUES.some((c) => after.includes(c));
}

function mainlandAt(f: string, i: number): PlaceMention | null {
  const hit = PLACE_TRIE.longestAt(f, i, (v, end) => {
    const form = f.slice(i, end);
    if (v.short && v.place.level === 'county') return false;
    if (v.short && isStandaloneStop(form)) return false;
    if (v.short && isHan(f[i - 1]) && !BEFORE_SHORT.has(f[i - 1]!)) return false;
    return !WORD_AFTER.some((w) => f.startsWith(w, end)) && !inCompanyName(f, end);
  });
  return hit ? { start: i, end: hit.end, form: hit.value, country: null, isCountry: false } : null;
}

/** Every place named in the text, in order, joining 浙江宁波 and 美国加州 into one mention. */
function placeMentions(f: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (let i = 0; i < f.length; ) {
    let m: PlaceMention | null = null;
    if (isHan(f[i])) {
      const foreign = FOREIGN_ZH_TRIE.longestAt(f, i);
      const mainland = mainlandAt(f, i);
      if (foreign && (!mainland || foreign.end >= mainland.end)) m = { start: i, end: foreign.end, form: null, ...foreign.value };
      else m = mainland;
    } else if (/[A-Za-z]/.test(f[i]!) && !isLatinOrDigit(f[i - 1])) {
      const en = PLACE_EN_TRIE.longestAt(f, i, (_v, end) => !isLatinOrDigit(f[end]));
      if (en && isForeignPlace(en.value)) m = { start: i, end: en.end, form: null, ...en.value };
      else if (en && !isForeignPlace(en.value)) m = { start: i, end: en.end, form: placeForms(en.value.zh)[0] ?? null, country: null, isCountry: false };
    }
    if (!m) {
      i++;
      continue;
    }
    const prev = out[out.length - 1];
    if (prev && prev.end === m.start && nests(prev, m)) {
      // Keep the better of the two: a city inside its province, a country before its state.
      if (m.form && prev.form ? rank(m.form) < rank(prev.form) : prev.country !== null && !prev.isCountry) out[out.length - 1] = m;
    } else out.push(m);
    i = m.end;
  }
  return out;
}

function nests(outer: PlaceMention, inner: PlaceMention): boolean {
  if (outer.form && inner.form) return isWithin(inner.form.place, outer.form.place);
  return outer.country !== null && outer.country === inner.country;
}

function isChineseText(f: string): boolean {
  let han = 0;
  let latin = 0;
  for (const ch of f) {
    if (isHan(ch)) han++;
    else if (/[A-Za-z]/.test(ch)) latin++;
  }
  return han * 2 >= latin;
}

// Hong Kong, Macao and Taiwan bodies are outside the mainland's jurisdiction (the gazetteer
// marks them foreign) but their places live in the mainland place index.
const SEPARATE_JURISDICTIONS: Readonly<Record<string, string>> = { HK: '810000', MO: '820000', TW: '710000' };

function foreignRegion(t: PreparedText, m: AuthorityMention, places: readonly PlaceMention[]): Found<string> {
  if (m.countryHit) return { value: m.countryHit.text.replace(/\s+/g, ''), span: m.countryHit.span, text: m.countryHit.text };
  const province = SEPARATE_JURISDICTIONS[m.country!];
  if (province) {
    const p = places.find((x) => x.form?.place.provinceCode === province);
    if (p) return found(t, p.start, p.end);
    const place = placeByCode(province)!;
    const value = isChineseText(t.folded) ? place.name.replace(/(特别行政区|省)$/, '') : (englishPlaceName(place.name) ?? m.country!);
    return { value, span: m.found.span, text: m.found.text };
  }
  const same = places.filter((p) => p.country === m.country);
  const best = same.find((p) => p.isCountry) ?? same[0];
  if (best) return found(t, best.start, best.end);
  // The text does not name the jurisdiction (the European Data Protection Board (“EDPB”)).
  const names = countryNames(m.country!);
  const value = names ? (isChineseText(t.folded) ? names.zh : m.country === 'EU' ? 'EU' : names.en) : m.country!;
  return { value, span: m.found.span, text: m.found.text };
}

/**
 * A district alone (永定公安分局, 巴南区网信办) is less than FORMAT.md's province or city: when the
 * text names a city or province that holds a district of that name, that place is the region.
 */
function widen(t: PreparedText, region: Found<string>, form: PlaceForm | null, places: readonly PlaceMention[]): Found<string> {
  if (!form || form.place.level !== 'county' || form.place.isCity) return region;
  // The district name may have been read as a namesake elsewhere (永定区 is in Fujian and Hunan).
  const namesakes = placeForms(foldString(region.value)).filter((f) => f.place.level === 'county');
  const outer = places.find((p) => p.form && namesakes.some((c) => isWithin(c.place, p.form!.place)));
  return outer ? found(t, outer.start, outer.end) : region;
}

/** The region an item concerns, as written, or null for a national-level Chinese item. */
export function extractRegion(text: string): Found<string> | null {
  const t = prepareText(text);
  const mentions = findAuthorityMentions(t);
  const places = placeMentions(t.folded);
  for (const m of mentions) {
    if (m.country) continue;
    if (m.places.length > 0) {
      const hit = fromHits(m.places);
      if (hit) return widen(t, hit.region, hit.form, places);
      continue;
    }
    const region = gazetteerPlace(m);
    if (region) return region;
  }
  const foreign = mentions.find((m) => m.country !== null);
  if (foreign) return foreignRegion(t, foreign, places);
  if (mentions.some((m) => m.body?.country === 'CN' || m.kind !== null)) return null;
  const first = places[0];
  return first ? found(t, first.start, first.end) : null;
}

/**
 * The province-level unit of a mainland place, by full name: 苏州 -> 江苏省, 江苏 -> 江苏省,
 * 昌平区 -> 北京市, Ningbo -> 浙江省. Null for foreign or unknown places.
 */
export function provinceOf(place: string): string | null {
  const name = place.trim();
  const zh = PLACES_EN.cities[name] ?? PLACES_EN.provinces[name];
  return mainlandProvinceOf(zh ?? name);
}
