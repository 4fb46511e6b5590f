import { lookupAuthority } from '../extract/authorities.ts';
import type { AuthorityEntry } from '../extract/gazetteer.ts';
import type { SectionId } from './model.ts';
import type { Selected } from './select.ts';

// Sections and groups in the order the seed newsletters use them.

export const SECTIONS: { id: SectionId; title: string; groups: { id: string; title: string }[] }[] = [
  {
    id: 'legislation',
    title: '境内立法动向',
    groups: [
      { id: 'national', title: '国家层面动向' },
      { id: 'ministry', title: '部委层面动向' },
      { id: 'local', title: '地方层面动向' },
    ],
  },
  {
    id: 'enforcement',
    title: '境内执法动态',
    groups: [
      { id: 'police', title: '公安机关' },
      { id: 'cyberspace', title: '网信部门' },
      { id: 'telecom', title: '通信管理部门' },
      { id: 'market', title: '市场监管部门' },
      { id: 'finance', title: '金融监管部门' },
      { id: 'other', title: '其他部门' },
    ],
  },
  { id: 'judicial', title: '司法动态', groups: [] },
  { id: 'industry', title: '行业动态', groups: [] },
  { id: 'overseas', title: '境外动态', groups: [] },
];

export function sectionIdOf(category: string): SectionId {
  const known = SECTIONS.find((s) => s.id === category);
  // Uncategorised items are domestic news more often than anything else in the seeds.
  return known ? known.id : 'industry';
}

/** Group id of an item inside its section, or null for sections without groups. */
export function groupIdOf(sel: Selected, section: SectionId): string | null {
  if (section === 'legislation') return legislationLevel(sel);
  if (section === 'enforcement') return enforcementKind(sel);
  return null;
}

/** Authority values, those named in the headline first: the headline names the actor. */
function authoritiesOf(sel: Selected): { value: string; id: string | null }[] {
  const all = sel.values
    .filter((v) => v.field === 'authority')
    .map((v) => ({ value: v.value, id: typeof v.data.id === 'string' ? v.data.id : null }));
  const inHeadline = all.filter((a) => sel.item.headline.includes(a.value));
  return [...inHeadline, ...all.filter((a) => !inHeadline.includes(a))];
}

function entryOf(a: { value: string; id: string | null }): AuthorityEntry | null {
  return lookupAuthority(a.value);
}

function legislationLevel(sel: Selected): string {
  for (const a of authoritiesOf(sel)) {
    const entry = entryOf(a);
    const id = a.id ?? entry?.id ?? '';
    // The seeds' 国家层面 is the legislature, the State Council and the Party centre; other central
    // bodies (网信办, 两高, 标委) are filed with the ministries.
    if (/^(npc|npcsc|state-council|cpc-central)(\.|$)/.test(id)) return 'national';
    const level = entry?.level ?? (id.startsWith('cn-') || id.includes('/cn-') ? 'provincial' : null);
    if (level === 'national' || level === 'ministry') return 'ministry';
    if (level === 'provincial' || level === 'municipal' || level === 'district') return 'local';
  }
  const text = sel.item.headline + sel.item.body;
  if (/全国人大|国务院/.test(text)) return 'national';
  // A region on a domestic law item means a province or city issued it.
  return sel.item.region && !/^(中国|全国)$/.test(sel.item.region) ? 'local' : 'ministry';
}

// Canonical ids: gazetteer bodies (mps.cyber) and local bodies (cn-320000.psb-cyber, pboc/cn-310000).
const KIND_BY_ID: [RegExp, string][] = [
  [/^mps(\.|$)|\.psb(-cyber)?$/, 'police'],
  [/^cac(\.|$)|\.cac$/, 'cyberspace'],
  [/^miit(\.|$)|\.ca$|\.miit$/, 'telecom'],
  [/^samr(\.|$)|\.amr$/, 'market'],
  [/^(pboc|nfra|cbirc|cbrc|circ|csrc|safe)([./]|$)|\.finance$/, 'finance'],
];

const KIND_BY_WORD: [RegExp, string][] = [
  [/公安|警方|网警|网安/, 'police'],
  [/网信/, 'cyberspace'],
  [/通信管理局|工信/, 'telecom'],
  [/市场监督|市场监管|市监/, 'market'],
  [/金融|银行|证监|银保监/, 'finance'],
];

function enforcementKind(sel: Selected): string {
  for (const a of authoritiesOf(sel)) {
    const id = a.id ?? entryOf(a)?.id ?? null;
    const byId = id ? KIND_BY_ID.find(([re]) => re.test(id)) : undefined;
    if (byId) return byId[1];
  }
  for (const text of [sel.item.headline, sel.item.body]) {
    const byWord = KIND_BY_WORD.find(([re]) => re.test(text));
    if (byWord) return byWord[1];
  }
  return 'other';
}
