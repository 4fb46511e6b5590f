import { findAuthorityMentions, type AuthorityMention, type PlaceHit } from './authorities.ts';
import { PLACES_EN, countryNames, englishPlaceName } from './foreign-places.ts';
import { foldString, isHan, prepareText, preparedText, sourceSpan, type PreparedText } from './match-text.ts';
import { placeMentions, rank, type PlaceMention } from './place-mentions.ts';
import { PLACE_TRIE, isWithin, placeByCode, placeForms, provinceOf as mainlandProvinceOf, shortForm, type Place, type PlaceForm } from './places.ts';
import type { Found } from './types.ts';

// The place an item concerns: the province or city of the acting local authority
// (宁波市市监局 -> 宁波市, 北京市公安局昌平分局 -> 北京市), else the country or state of a foreign
// authority (英国国家网络安全中心 -> 英国, 美国加州司法部 -> 加州), null when a national Chinese
// body acts, else the first place the text names (迪拜《数据保护条例》 -> 迪拜). FORMAT.md asks
// for a province, city or country, so a district stands only when no city can be found.

export interface RegionOptions {
  /**
   * `short` (default) gives a mainland place its short name (宁波 for 宁波市市监局, 武汉 for
   * 武汉市人民政府办公厅, 江苏 for 江苏省公安厅), the form the seed annotations mostly use;
   * `written` keeps it exactly as the text writes it (宁波市, 江苏省). Foreign and English
   * places are always as written.
   */
  style?: 'written' | 'short';
}

interface RegionHit {
  found: Found<string>;
  /** The mainland place, when the region is one. */
  place: Place | null;
}

function hitAt(t: PreparedText, start: number, end: number, place: Place | null): RegionHit {
  const span = sourceSpan(t, start, end);
  return { found: { value: t.compact.slice(start, end), span, text: t.source.slice(span.start, span.end) }, place };
}

function fromHits(hits: readonly PlaceHit[]): (RegionHit & { form: PlaceForm | null }) | null {
  const usable = hits.filter((h): h is PlaceHit & { form: PlaceForm } => h.form !== null);
  if (usable.length === 0) {
    const h = hits[0];
    return h ? { found: { value: h.text, span: h.span, text: h.text }, place: null, form: null } : null;
  }
  const best = Math.min(...usable.map((h) => rank(h.form)));
  const top = usable.filter((h) => rank(h.form) === best);
  // 上海、江苏、北京等地公安机关 concerns several places: no single region.
  if (new Set(top.map((h) => h.form.place.code)).size > 1) return null;
  const h = top[0]!;
  return { found: { value: h.text.replace(/\s+/g, ''), span: h.span, text: h.text }, place: h.form.place, form: h.form };
}

/** A local gazetteer body (北京互联网法院) carries its place at the start of its name. */
function gazetteerPlace(m: AuthorityMention): RegionHit | null {
  if (!m.body || !['provincial', 'municipal', 'district'].includes(m.body.level)) return null;
  const t = prepareText(m.found.text);
  const hit = PLACE_TRIE.longestAt(t.folded, 0);
  if (!hit) return null;
  const span = sourceSpan(t, 0, hit.end);
  const value = t.compact.slice(0, hit.end);
  return { found: { value, span: { start: m.found.span.start + span.start, end: m.found.span.start + span.end }, text: t.source.slice(span.start, span.end) }, place: hit.value.place };
}

/**
 * A district alone (永定公安分局, 北碚区公安分局) is less than a province or city: the region is
 * the city the text names that holds a district of that name, else the district's own city when
 * the name is unique in the country. The district may have been read as a namesake elsewhere
 * (永定区 is in Fujian and in Hunan), so every namesake is tried.
 */
function widen(t: PreparedText, hit: RegionHit & { form: PlaceForm | null }, placesOf: () => readonly PlaceMention[]): RegionHit {
  if (!hit.form || hit.form.place.level !== 'county' || hit.form.place.isCity) return hit;
  const places = placesOf();
  const namesakes = placeForms(foldString(hit.found.value)).filter((f) => f.place.level === 'county');
  const outer = places.find((p) => p.form && namesakes.some((c) => isWithin(c.place, p.form!.place)));
  if (outer) return hitAt(t, outer.start, outer.end, outer.form!.place);
  const parents = new Set(namesakes.map((c) => c.place.parentCode));
  const parent = parents.size === 1 ? placeByCode([...parents][0]!) : undefined;
  return parent ? { found: { ...hit.found, value: parent.name }, place: parent } : hit;
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

function foreignRegion(t: PreparedText, m: AuthorityMention, places: readonly PlaceMention[]): RegionHit {
  const inName = (p: PlaceMention): boolean => {
    const span = sourceSpan(t, p.start, p.end);
    return span.start >= m.found.span.start && span.end <= m.found.span.end;
  };
  const province = SEPARATE_JURISDICTIONS[m.country!];
  if (province) {
    const p = places.find((x) => x.form?.place.provinceCode === province);
    if (p) return hitAt(t, p.start, p.end, null);
    const place = placeByCode(province)!;
    const value = isChineseText(t.folded) ? place.name.replace(/(特别行政区|省)$/, '') : (englishPlaceName(place.name) ?? m.country!);
    return { found: { value, span: m.found.span, text: m.found.text }, place: null };
  }
  const same = places.filter((p) => p.country === m.country);
  // The state in the body's own name is the most specific (美国加州司法部 -> 加州); elsewhere the
  // country is (美国 before 加州 in 向加州支付).
  const best = same.find((p) => inName(p) && !p.isCountry) ?? same.find((p) => p.isCountry) ?? same[0];
  if (best) return hitAt(t, best.start, best.end, null);
  // The text does not name the jurisdiction (the European Data Protection Board (“EDPB”)).
  const names = countryNames(m.country!);
  const value = names ? (isChineseText(t.folded) ? names.zh : m.country === 'EU' ? 'EU' : names.en) : m.country!;
  return { found: { value, span: m.found.span, text: m.found.text }, place: null };
}

function regionHit(text: string): RegionHit | null {
  const t = preparedText(text);
  const mentions = findAuthorityMentions(t);
  // The places named outside authority names are only needed for some answers: read them then.
  let places: readonly PlaceMention[] | null = null;
  const placesOf = (): readonly PlaceMention[] => (places ??= placeMentions(t.folded));
  for (const m of mentions) {
    if (m.country) continue;
    if (m.places.length > 0) {
      const hit = fromHits(m.places);
      if (hit) return widen(t, hit, placesOf);
      continue;
    }
    const region = gazetteerPlace(m);
    if (region) return region;
  }
  const foreign = mentions.find((m) => m.country !== null);
  if (foreign) return foreignRegion(t, foreign, placesOf());
  if (mentions.some((m) => m.body?.country === 'CN' || m.kind !== null)) return null;
  const first = places ? places[0] : placeMentions(t.folded, 1)[0];
  return first ? hitAt(t, first.start, first.end, first.form?.place ?? null) : null;
}

/** The region an item concerns, or null for a national-level Chinese item; `text` and `span` show where it is written. */
export function extractRegion(text: string, options: RegionOptions = {}): Found<string> | null {
  const hit = regionHit(text);
  if (!hit) return null;
  // The span may be a shared authority mention's own: the caller gets a copy.
  const found = { ...hit.found, span: { ...hit.found.span } };
  if (options.style === 'written' || !hit.place || !isHan(found.value[0])) return found;
  return { ...found, value: shortForm(hit.place) };
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
