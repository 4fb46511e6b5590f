import placesZh from './data/places-zh.json' with { type: 'json' };
import { FOREIGN_ZH_TRIE, PLACE_EN_TRIE, isForeignPlace } from './foreign-places.ts';
import { isAsciiLetter, isHan, isHanCode, isLatinOrDigit } from './match-text.ts';
import { PLACE_TRIE, isStandaloneStop, isWithin, placeForms, type PlaceForm } from './places.ts';

// Every place a text names on its own (not inside an authority name): mainland provinces and
// cities, foreign countries and their states, English names of both. A bare name is easily part
// of another word (平台中 is not 台中, 中山大学 is not 中山) or of a company name
// (北京考拉征信服务有限公司), so those are skipped.

const WORD_AFTER = placesZh.wordAfter;
const COMPANY_CUES = placesZh.companyCues;
const COMPANY_WINDOW = 16;
// A bare short name (浙江, 台中) counts only after a word boundary: 在浙江, not 平台中.
const BEFORE_SHORT = new Set('在于赴到从自和与及的对由据向至经或同往来为是将把被'.split(''));

export interface PlaceMention {
  /** Offsets in the prepared (folded) text. */
  start: number;
  end: number;
  /** Mainland place, or null for a foreign one or an English name not in the index. */
  form: PlaceForm | null;
  /** Foreign country code, null for mainland places. */
  country: string | null;
  /** A country (or the EU) rather than a place inside one. */
  isCountry: boolean;
}

/** Smaller is preferred: a city, then a county-level city, then a province, then a district. */
export function rank(form: PlaceForm): number {
  if (form.place.level === 'prefecture') return 0;
  if (form.place.level === 'county') return form.place.isCity ? 1 : 3;
  return 2;
}

function inCompanyName(f: string, end: number): boolean {
  const after = f.slice(end, end + COMPANY_WINDOW).split(/[，。；、,;:：\s（(]/)[0] ?? '';
  return COMPANY_CUES.some((c) => after.includes(c));
}

function mainlandAt(f: string, i: number): PlaceMention | null {
  const hit = PLACE_TRIE.longestAt(f, i, (v, end) => {
    if (v.short && v.place.level === 'county') return false;
    if (v.short && isStandaloneStop(f.slice(i, end))) return false;
    if (v.short && isHan(f[i - 1]) && !BEFORE_SHORT.has(f[i - 1]!)) return false;
    return !WORD_AFTER.some((w) => f.startsWith(w, end)) && !inCompanyName(f, end);
  });
  return hit ? { start: i, end: hit.end, form: hit.value, country: null, isCountry: false } : null;
}

function mentionAt(f: string, i: number): PlaceMention | null {
  const code = f.charCodeAt(i);
  if (isHanCode(code)) {
    const foreign = FOREIGN_ZH_TRIE.longestAt(f, i);
    const mainland = mainlandAt(f, i);
    if (foreign && (!mainland || foreign.end >= mainland.end)) return { start: i, end: foreign.end, form: null, ...foreign.value };
    return mainland;
  }
  if (!isAsciiLetter(code) || isLatinOrDigit(f[i - 1])) return null;
  const en = PLACE_EN_TRIE.longestAt(f, i, (_v, end) => !isLatinOrDigit(f[end]));
  if (!en) return null;
  if (isForeignPlace(en.value)) return { start: i, end: en.end, form: null, ...en.value };
  return { start: i, end: en.end, form: placeForms(en.value.zh)[0] ?? null, country: null, isCountry: false };
}

/**
 * Every place named in the text, in order. A mainland place written right after the place that
 * holds it (浙江宁波) is kept as the more specific one. With `limit`, the scan stops once the
 * first `limit` places are certain (later ones may be missing from the result).
 */
export function placeMentions(f: string, limit = Infinity): PlaceMention[] {
  const out: PlaceMention[] = [];
  // out[k] can still be replaced by the place right after it until out[k + 1] exists.
  for (let i = 0; i < f.length && out.length <= limit; ) {
    const m = mentionAt(f, i);
    if (!m) {
      i++;
      continue;
    }
    const prev = out[out.length - 1];
    if (prev?.form && m.form && prev.end === m.start && isWithin(m.form.place, prev.form.place)) {
      if (rank(m.form) < rank(prev.form)) out[out.length - 1] = m;
    } else out.push(m);
    i = m.end;
  }
  return out;
}
