// Near-duplicate detection for news items. Two reports of one development share most of their
// wording (newsletters copy the regulator's release) and its key facts (date, fine, instrument),
// while two different developments of the same day share only boilerplate. Text similarity alone
// merges look-alike enforcement notices of different companies, and key facts alone merge two
// fines of the same amount, so the decision needs both.

const CJK = /[\u3400-\u9FFF]/u;

/** Character bigrams of Chinese runs and lower-cased Latin words and numbers. */
export function shingles(text: string): Set<string> {
  const out = new Set<string>();
  const norm = text.normalize('NFKC').toLowerCase();
  for (const m of norm.matchAll(/[\u3400-\u9FFF]+|[a-z0-9]+/gu)) {
    const run = m[0];
    if (CJK.test(run)) for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
    else if (run.length > 1) out.add(run);
  }
  return out;
}

/** Share of the smaller text's shingles found in the other: a short report of a long release still scores high. */
export function containment(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size;
}

export interface EventKeys {
  date: string | null;
  region: string | null;
  penalties: string[];
  instruments: string[];
  authorities: string[];
}

/** Facts that two reports of one development agree on. */
export function sharedFacts(a: EventKeys, b: EventKeys): string[] {
  const facts: string[] = [];
  if (a.date && b.date && daysApart(a.date, b.date) <= 3) facts.push('date');
  if (a.penalties.some((p) => b.penalties.includes(p))) facts.push('penalty');
  if (a.instruments.some((i) => b.instruments.includes(i))) facts.push('instrument');
  if (a.authorities.some((x) => b.authorities.includes(x))) facts.push('authority');
  return facts;
}

/**
 * Facts that tell two developments apart even when their wording is alike: look-alike notices of
 * fines on different companies in different places (上海 vs 盐城, both 罚款5万元 under 第四十五条).
 */
export function conflictingFacts(a: EventKeys, b: EventKeys): string[] {
  const facts: string[] = [];
  if (a.region && b.region && !a.region.includes(b.region) && !b.region.includes(a.region)) facts.push('region');
  if (a.date && b.date && a.date.length === 10 && b.date.length === 10 && daysApart(a.date, b.date) > 3) facts.push('date');
  if (a.authorities.length > 0 && b.authorities.length > 0 && !a.authorities.some((x) => b.authorities.includes(x))) {
    facts.push('authority');
  }
  return facts;
}

/** Thresholds: with agreeing facts a looser text match suffices; without, the texts must be near copies. */
export const MERGE_WITH_FACTS = 0.45;
export const MERGE_WITHOUT_FACTS = 0.8;

export function isSameEvent(textScore: number, shared: string[], conflicts: string[]): boolean {
  if (conflicts.includes('region') || conflicts.includes('date')) return false;
  if (conflicts.includes('authority')) return textScore >= MERGE_WITHOUT_FACTS;
  const strong = shared.includes('penalty') || shared.includes('instrument') || shared.length >= 2;
  return (strong && textScore >= MERGE_WITH_FACTS) || textScore >= MERGE_WITHOUT_FACTS;
}

function daysApart(a: string, b: string): number {
  const ta = Date.parse(a.length === 7 ? `${a}-01` : a);
  const tb = Date.parse(b.length === 7 ? `${b}-01` : b);
  return Math.abs(ta - tb) / 86_400_000;
}
