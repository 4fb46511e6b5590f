// Which version of a law applies on a date. Versions carry an in-force period: `inForceFrom` (for
// a consolidated text, the date of its latest amendment when the text only states the original
// in-force date) and `inForceUntil` (the day before the next version, or set by the catalogue).

export interface LawInfo {
  id: string;
  title: string;
  shortTitle: string;
  aliases: string[];
  level: string;
  issuer: string;
}

export interface VersionInfo {
  id: string;
  lawId: string;
  status: 'enacted' | 'draft';
  promulgated: string | null;
  inForceFrom: string | null;
  inForceUntil: string | null;
  hasText: boolean;
  articleCount: number;
}

export interface VersionChoice {
  version: VersionInfo | null;
  /** Why this version, when it is not simply the one in force on the date. */
  note: string | null;
}

function startOf(v: VersionInfo): string {
  return v.inForceFrom ?? v.promulgated ?? '0000-00-00';
}

/** A date at day, month or year precision as the first day it covers. */
export function dayOf(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-01-01`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-01`;
  return date.slice(0, 10);
}

export function byStart(a: VersionInfo, b: VersionInfo): number {
  return startOf(a) < startOf(b) ? -1 : startOf(a) > startOf(b) ? 1 : a.id < b.id ? -1 : 1;
}

/** The version of `law` that applies on `date` (null date: the latest version with text). */
export function chooseVersion(law: LawInfo, versions: VersionInfo[], date: string | null): VersionChoice {
  const enacted = versions.filter((v) => v.status === 'enacted').sort(byStart);
  if (enacted.length === 0) {
    const draft = versions[0];
    const when = draft?.promulgated ? ` (${draft.promulgated})` : '';
    return { version: null, note: `${law.shortTitle} exists only as a draft${when}; it has never been in force` };
  }
  if (date === null) {
    const withText = enacted.filter((v) => v.hasText);
    const version = withText[withText.length - 1] ?? enacted[enacted.length - 1] ?? null;
    return { version, note: `the item has no date: used the latest version with text, ${version?.id}` };
  }
  const day = dayOf(date);
  const inForce = enacted.filter((v) => startOf(v) <= day && (v.inForceUntil === null || day <= v.inForceUntil));
  const current = inForce[inForce.length - 1];
  if (current) return { version: current, note: null };
  // Newsletters discuss a law between its adoption and its in-force date: use the adopted text.
  const adopted = enacted.filter((v) => (v.promulgated ?? startOf(v)) <= day && day < startOf(v));
  const pending = adopted[adopted.length - 1];
  if (pending) {
    return { version: pending, note: `${pending.id} was adopted but not yet in force on ${day} (in force from ${startOf(pending)})` };
  }
  const first = enacted[0] ?? null;
  if (first && day < startOf(first)) {
    return { version: first, note: `${first.id} (from ${startOf(first)}) is the earliest version known; the text in force on ${day} is not in the corpus` };
  }
  // After a version's end with nothing recorded after it: repealed, or a newer version unknown here.
  const started = enacted.filter((v) => startOf(v) <= day);
  const last = started[started.length - 1] ?? null;
  return { version: last, note: `${last?.id} ended on ${last?.inForceUntil}; no later version is known` };
}

/** Where a version stands on `today`, for listings. */
export function versionState(v: VersionInfo, today: string): 'draft' | 'in force' | 'not yet in force' | 'superseded' {
  if (v.status === 'draft') return 'draft';
  if (today < startOf(v)) return 'not yet in force';
  if (v.inForceUntil !== null && today > v.inForceUntil) return 'superseded';
  return 'in force';
}

/** The day before an ISO date: the last day of a version that the next one replaces. */
export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Fills `inForceUntil` from the next enacted version of the same law where nothing set it explicitly. */
export function closePeriods(versions: VersionInfo[], explicitUntil: ReadonlySet<string>): VersionInfo[] {
  const until = new Map<string, string | null>();
  for (const lawId of new Set(versions.map((v) => v.lawId))) {
    const enacted = versions.filter((v) => v.lawId === lawId && v.status === 'enacted').sort(byStart);
    enacted.forEach((v, k) => {
      const next = enacted[k + 1];
      if (explicitUntil.has(v.id)) until.set(v.id, v.inForceUntil);
      else until.set(v.id, next ? dayBefore(startOf(next)) : null);
    });
  }
  return versions.map((v) => (until.has(v.id) ? { ...v, inForceUntil: until.get(v.id) ?? null } : v));
}
