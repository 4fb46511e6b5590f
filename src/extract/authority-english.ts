import { GAZETTEER, LOCAL_BODIES, surfaceForms, type BodyKind, type GazetteerBody } from './gazetteer.ts';
import { COUNTRIES, PLACES_EN, countryNameList } from './foreign-places.ts';
import { isLatinOrDigit } from './match-text.ts';
import { PhraseTrie } from './phrase-trie.ts';

// English authority names: gazetteer names and abbreviations (Ministry of Public Security, MPS,
// European Data Protection Board, EDPB) matched whole-word, and local bodies written as place +
// body kind (Ningbo Municipal Administration for Market Regulation, Ningbo AMR).

export interface EnglishMatch {
  start: number;
  end: number;
  body: GazetteerBody | null;
  weak: boolean;
  /** For a local body: the place as written and its full Chinese name, and the kind. */
  local: { placeStart: number; placeEnd: number; zh: string | null; kind: BodyKind } | null;
}

const EN_TRIE = new PhraseTrie<{ body: GazetteerBody; weak: boolean }>();
for (const sf of surfaceForms(GAZETTEER)) if (/^[A-Za-z]/.test(sf.form)) EN_TRIE.add(sf.form, { body: sf.body, weak: sf.weak });

const EN_KINDS = LOCAL_BODIES.kinds
  .flatMap((kind) => (kind.enForms ?? []).map((form) => ({ form, kind })))
  .sort((a, b) => b.form.length - a.form.length);
const KIND_BY_FORM = new Map(EN_KINDS.map((k) => [k.form, k.kind]));
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const EN_PLACE_ZH = new Map<string, string>([...Object.entries(PLACES_EN.provinces), ...Object.entries(PLACES_EN.cities)]);
// Known place names first (Inner Mongolia, Hong Kong), then any one capitalised word.
const PLACE_PATTERN = [...EN_PLACE_ZH.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
const EN_LOCAL = new RegExp(
  `(${PLACE_PATTERN}|[A-Z][a-z]+) (?:(Municipal|Provincial|District|City|County) )?(${EN_KINDS.map((k) => escape(k.form)).join('|')})(?![A-Za-z])`,
  'y',
);
// The same body written kind first: Public Security Bureau of Shantou, Administration for Market
// Regulation of Ningbo Municipality. Known places only (Cyberspace Administration of China is national).
const EN_LOCAL_OF = new RegExp(
  `(?:(?:Municipal|Provincial|District|City|County) )?(${EN_KINDS.map((k) => escape(k.form)).join('|')}) of (${PLACE_PATTERN})(?: (?:Municipality|Province|City))?(?![A-Za-z])`,
  'y',
);
const NOT_PLACES: ReadonlySet<string> = new Set(['The', 'State', 'National', 'China', 'Chinese', 'Central', 'Local', 'Provincial', 'Municipal', 'People', 'Internet']);

function atWordStart(f: string, i: number): boolean {
  return /[A-Za-z]/.test(f[i] ?? '') && !isLatinOrDigit(f[i - 1]);
}

// EN_LOCAL_OF is tried at every English word that starts no other name: only where a kind's or a
// level's first word stands.
const LOCAL_OF_FIRST_WORDS: ReadonlySet<string> = new Set(['Municipal', 'Provincial', 'District', 'City', 'County', ...EN_KINDS.map((k) => k.form.split(' ')[0]!)]);
const WORD = /[A-Za-z]+/y;

function localOfAt(f: string, i: number): EnglishMatch | null {
  WORD.lastIndex = i;
  const word = WORD.exec(f)?.[0];
  if (word === undefined || !LOCAL_OF_FIRST_WORDS.has(word)) return null;
  EN_LOCAL_OF.lastIndex = i;
  const m = EN_LOCAL_OF.exec(f);
  if (!m) return null;
  const place = m[2]!;
  const placeStart = i + m[0].indexOf(` of ${place}`) + 4;
  const kind = KIND_BY_FORM.get(m[1]!)!;
  return { start: i, end: i + m[0].length, body: null, weak: false, local: { placeStart, placeEnd: placeStart + place.length, zh: EN_PLACE_ZH.get(place) ?? null, kind } };
}

function localAt(f: string, i: number): EnglishMatch | null {
  EN_LOCAL.lastIndex = i;
  const m = EN_LOCAL.exec(f);
  if (!m) return localOfAt(f, i);
  const place = m[1]!;
  const zh = EN_PLACE_ZH.get(place) ?? null;
  // An unknown capitalised word is a place only when a level word says so (Jiaxing Municipal …).
  if (NOT_PLACES.has(place) || (zh === null && m[2] === undefined)) return null;
  const kind = KIND_BY_FORM.get(m[3]!)!;
  return { start: i, end: i + m[0].length, body: null, weak: false, local: { placeStart: i, placeEnd: i + place.length, zh, kind } };
}

// Police named without a place, as the subject of an action or its agent: "the public security
// organs have detected", "cases detected by public security organs".
const EN_POLICE = /(?:(?:national|local) )?public security (?:organs|authorities|bureaus)(?![A-Za-z])/y;
const EN_POLICE_VERB = /^ (?:have|has|had|will|are|were|also|cracked|detected|arrested|investigated|seized|uncovered|launched|found|solved|busted|captured|handled)\b/;

function policeAt(f: string, i: number): EnglishMatch | null {
  EN_POLICE.lastIndex = i;
  const m = EN_POLICE.exec(f);
  if (!m) return null;
  const end = i + m[0].length;
  const agent = /\bby $/.test(f.slice(Math.max(0, i - 3), i));
  return agent || EN_POLICE_VERB.test(f.slice(end, end + 14)) ? { start: i, end, body: null, weak: false, local: null } : null;
}

// A US state's attorney general, as round-ups name them: `Texas Attorney General Ken Paxton`,
// `the Minnesota Attorney General's Office`. States from countries.json. (`Texas AG` is left out:
// headline shorthand, which the genre sets do not count consistently.)
const US_STATES = COUNTRIES.subdivisions.filter((s) => s.parent === 'US').flatMap((s) => s.en).map((n) => n.replace(/ State$/, ''));
const STATE_OFFICIAL = new RegExp(`(?:${US_STATES.map(escape).join('|')}) Attorney General(?:['’]s Office)?(?![A-Za-z])`, 'y');
const STATE_FIRST_WORDS: ReadonlySet<string> = new Set(US_STATES.map((n) => n.split(' ')[0]!));
// A court named by its level and its place: `Federal Court of Australia`, `District Court of The
// Hague`, `Supreme Court of the United States`.
const COURT_LEVELS = ['Federal', 'Supreme', 'High', 'District', 'Regional', 'Administrative', 'Constitutional', 'Superior', 'Circuit'];
const FOREIGN_COURT = new RegExp(`(?:${COURT_LEVELS.join('|')}) Court(?: of (?:Appeals?|Justice))? (?:of|for) (?:[Tt]he )?[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}`, 'y');
const COURT_FIRST_WORDS: ReadonlySet<string> = new Set(COURT_LEVELS);

function namedOfficialAt(f: string, i: number): EnglishMatch | null {
  WORD.lastIndex = i;
  const word = WORD.exec(f)?.[0];
  if (word === undefined) return null;
  const re = STATE_FIRST_WORDS.has(word) ? STATE_OFFICIAL : COURT_FIRST_WORDS.has(word) ? FOREIGN_COURT : null;
  if (!re) return null;
  re.lastIndex = i;
  const m = re.exec(f);
  return m ? { start: i, end: i + m[0].length, body: null, weak: false, local: null } : null;
}

// `Xihu Branch of the Hangzhou Public Security Bureau`, `Standing Committee of the Guangdong Provincial
// People's Congress`: a unit named before the local body it belongs to. A branch's own district is
// not resolved, so it gets no id; a congress's standing committee is what the congress kind names.
const EN_UNIT_OF = /(?:([A-Z][a-z]+)(?: District)? (?:Sub-?)?Branch|(Standing Committee)) of (?:the )?/y;

function unitOfAt(f: string, i: number): EnglishMatch | null {
  EN_UNIT_OF.lastIndex = i;
  const m = EN_UNIT_OF.exec(f);
  if (!m) return null;
  const body = localAt(f, i + m[0].length);
  if (!body?.local) return null;
  const local = m[2] ? body.local : { ...body.local, zh: null };
  return { ...body, start: i, local };
}

/** The longest English authority name starting at `i`, or null. */
export function englishAt(f: string, i: number): EnglishMatch | null {
  if (!atWordStart(f, i)) return null;
  const police = policeAt(f, i);
  if (police) return police;
  const official = namedOfficialAt(f, i);
  if (official) return official;
  const unit = unitOfAt(f, i);
  if (unit) return unit;
  const local = localAt(f, i);
  // notBefore: `Cyberspace Administration Departments` names no body.
  const known = EN_TRIE.longestAt(f, i, (v, end) => !isLatinOrDigit(f[end]) && !v.body.notBefore?.some((x) => f.startsWith(x, end)));
  if (known && (!local || known.end >= local.end)) {
    return { start: i, end: known.end, body: known.value.body, weak: known.value.weak, local: null };
  }
  return local;
}

/**
 * An ambiguous abbreviation (ICO, SEC, DPC) counts when the body's country is named just before
 * it (英国 ICO, UK's ICO) or the body is named in full elsewhere in the text.
 */
export function weakConfirmed(f: string, m: EnglishMatch, namedBodies: ReadonlySet<string>): boolean {
  if (!m.body) return false;
  if (namedBodies.has(m.body.id)) return true;
  const before = f.slice(Math.max(0, m.start - 12), m.start).replace(/(?:'s)?\s*$/, '');
  const names = [...countryNameList(m.body.country), ...(m.body.country === 'GB' ? ['British'] : [])];
  return names.some((n) => before.endsWith(n));
}
