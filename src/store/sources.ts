import type { Db } from './db.ts';

export interface NewSource {
  adapter: string;
  name: string;
  url: string;
  config: unknown;
  intervalMinutes: number;
}

export interface SourceRow {
  id: number;
  adapter: string;
  name: string;
  url: string;
  config: unknown;
  intervalMinutes: number;
  enabled: boolean;
  etag: string | null;
  lastModified: string | null;
  lastRunAt: string | null;
  lastSuccessAt: string | null;
  nextRunAt: string | null;
  errorStreak: number;
  lastFound: number | null;
}

export interface RunRecord {
  sourceId: number;
  startedAt: string;
  finishedAt: string;
  notModified: boolean;
  found: number;
  new: number;
  error: string | null;
  warning: string | null;
}

const COLUMNS = `id, adapter, name, url, config_json AS config, interval_minutes AS intervalMinutes, enabled,
  etag, last_modified AS lastModified, last_run_at AS lastRunAt, last_success_at AS lastSuccessAt,
  next_run_at AS nextRunAt, error_streak AS errorStreak, last_found AS lastFound`;

type RawRow = Omit<SourceRow, 'config' | 'enabled'> & { config: string; enabled: number };

function fromRaw(r: RawRow): SourceRow {
  return { ...r, config: JSON.parse(r.config) as unknown, enabled: r.enabled === 1 };
}

export function insertSource(db: Db, s: NewSource, now: Date): number {
  const info = db
    .prepare(
      `INSERT INTO sources (adapter, name, url, config_json, interval_minutes, created_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    )
    .run(s.adapter, s.name, s.url, JSON.stringify(s.config ?? {}), s.intervalMinutes, now.toISOString());
  return Number(info.lastInsertRowid);
}

export function findSourceByUrl(db: Db, adapter: string, url: string): SourceRow | undefined {
  const r = db.prepare(`SELECT ${COLUMNS} FROM sources WHERE adapter = ? AND url = ?`).get(adapter, url) as RawRow | undefined;
  return r && fromRaw(r);
}

export function getSource(db: Db, id: number): SourceRow | undefined {
  const r = db.prepare(`SELECT ${COLUMNS} FROM sources WHERE id = ?`).get(id) as RawRow | undefined;
  return r && fromRaw(r);
}

export function listSources(db: Db): SourceRow[] {
  return (db.prepare(`SELECT ${COLUMNS} FROM sources ORDER BY id`).all() as RawRow[]).map(fromRaw);
}

/** Enabled sources whose next run is due (never run, or backoff/interval elapsed). */
export function dueSources(db: Db, now: Date): SourceRow[] {
  return (
    db
      .prepare(`SELECT ${COLUMNS} FROM sources WHERE enabled = 1 AND (next_run_at IS NULL OR next_run_at <= ?) ORDER BY id`)
      .all(now.toISOString()) as RawRow[]
  ).map(fromRaw);
}

export function deleteSource(db: Db, id: number): boolean {
  return db.prepare('DELETE FROM sources WHERE id = ?').run(id).changes > 0;
}

export function recordSuccess(
  db: Db,
  id: number,
  v: { etag: string | null; lastModified: string | null; found: number | null; ranAt: Date; nextRunAt: Date },
): void {
  db.prepare(
    `UPDATE sources SET etag = ?, last_modified = ?, last_found = coalesce(?, last_found), last_run_at = ?,
       last_success_at = ?, next_run_at = ?, error_streak = 0 WHERE id = ?`,
  ).run(v.etag, v.lastModified, v.found, v.ranAt.toISOString(), v.ranAt.toISOString(), v.nextRunAt.toISOString(), id);
}

export function recordFailure(db: Db, id: number, v: { ranAt: Date; nextRunAt: Date }): void {
  db.prepare('UPDATE sources SET last_run_at = ?, next_run_at = ?, error_streak = error_streak + 1 WHERE id = ?').run(
    v.ranAt.toISOString(),
    v.nextRunAt.toISOString(),
    id,
  );
}

export function insertRun(db: Db, r: RunRecord): number {
  const info = db
    .prepare(
      `INSERT INTO source_runs (source_id, started_at, finished_at, not_modified, found, new, error, warning)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(r.sourceId, r.startedAt, r.finishedAt, r.notModified ? 1 : 0, r.found, r.new, r.error, r.warning);
  return Number(info.lastInsertRowid);
}

export function listRuns(db: Db, sourceId: number): RunRecord[] {
  return (
    db
      .prepare(
        `SELECT source_id AS sourceId, started_at AS startedAt, finished_at AS finishedAt, not_modified AS notModified,
                found, new, error, warning FROM source_runs WHERE source_id = ? ORDER BY id`,
      )
      .all(sourceId) as (Omit<RunRecord, 'notModified'> & { notModified: number })[]
  ).map((r) => ({ ...r, notModified: r.notModified === 1 }));
}

export function knownEntryUrls(db: Db, sourceId: number): Set<string> {
  const rows = db.prepare('SELECT url FROM source_entries WHERE source_id = ?').all(sourceId) as { url: string }[];
  return new Set(rows.map((r) => r.url));
}

export function rememberEntry(db: Db, sourceId: number, url: string, documentId: number | null, now: Date): void {
  db.prepare(
    `INSERT INTO source_entries (source_id, url, document_id, seen_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (source_id, url) DO UPDATE SET document_id = coalesce(excluded.document_id, document_id)`,
  ).run(sourceId, url, documentId, now.toISOString());
}
