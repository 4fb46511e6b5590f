import type { Sql } from './sql.ts';

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

const COLUMNS = `id, adapter, name, url, config_json AS config, interval_minutes AS "intervalMinutes", enabled,
  etag, last_modified AS "lastModified", last_run_at AS "lastRunAt", last_success_at AS "lastSuccessAt",
  next_run_at AS "nextRunAt", error_streak AS "errorStreak", last_found AS "lastFound"`;

type RawRow = Omit<SourceRow, 'config' | 'enabled'> & { config: string; enabled: number };

function fromRaw(r: RawRow): SourceRow {
  return { ...r, config: JSON.parse(r.config) as unknown, enabled: r.enabled === 1 };
}

export async function insertSource(sql: Sql, s: NewSource, now: Date): Promise<number> {
  const row = await sql.get<{ id: number }>(
    `INSERT INTO sources (adapter, name, url, config_json, interval_minutes, created_at)
     VALUES (?, ?, ?, ?, ?, ?) RETURNING id`,
    [s.adapter, s.name, s.url, JSON.stringify(s.config ?? {}), s.intervalMinutes, now.toISOString()],
  );
  return row!.id;
}

export async function findSourceByUrl(sql: Sql, adapter: string, url: string): Promise<SourceRow | undefined> {
  const r = await sql.get<RawRow>(`SELECT ${COLUMNS} FROM sources WHERE adapter = ? AND url = ?`, [adapter, url]);
  return r && fromRaw(r);
}

export async function getSource(sql: Sql, id: number): Promise<SourceRow | undefined> {
  const r = await sql.get<RawRow>(`SELECT ${COLUMNS} FROM sources WHERE id = ?`, [id]);
  return r && fromRaw(r);
}

export async function listSources(sql: Sql): Promise<SourceRow[]> {
  return (await sql.all<RawRow>(`SELECT ${COLUMNS} FROM sources ORDER BY id`)).map(fromRaw);
}

/** Enabled sources whose next run is due (never run, or backoff/interval elapsed). */
export async function dueSources(sql: Sql, now: Date): Promise<SourceRow[]> {
  const rows = await sql.all<RawRow>(
    `SELECT ${COLUMNS} FROM sources WHERE enabled = 1 AND (next_run_at IS NULL OR next_run_at <= ?) ORDER BY id`,
    [now.toISOString()],
  );
  return rows.map(fromRaw);
}

export async function deleteSource(sql: Sql, id: number): Promise<boolean> {
  return (await sql.run('DELETE FROM sources WHERE id = ?', [id])).changes > 0;
}

export async function recordSuccess(
  sql: Sql,
  id: number,
  v: { etag: string | null; lastModified: string | null; found: number | null; ranAt: Date; nextRunAt: Date },
): Promise<void> {
  await sql.run(
    `UPDATE sources SET etag = ?, last_modified = ?, last_found = coalesce(?, last_found), last_run_at = ?,
       last_success_at = ?, next_run_at = ?, error_streak = 0 WHERE id = ?`,
    [v.etag, v.lastModified, v.found, v.ranAt.toISOString(), v.ranAt.toISOString(), v.nextRunAt.toISOString(), id],
  );
}

export async function recordFailure(sql: Sql, id: number, v: { ranAt: Date; nextRunAt: Date }): Promise<void> {
  await sql.run('UPDATE sources SET last_run_at = ?, next_run_at = ?, error_streak = error_streak + 1 WHERE id = ?', [
    v.ranAt.toISOString(),
    v.nextRunAt.toISOString(),
    id,
  ]);
}

export async function insertRun(sql: Sql, r: RunRecord): Promise<number> {
  const row = await sql.get<{ id: number }>(
    `INSERT INTO source_runs (source_id, started_at, finished_at, not_modified, found, new, error, warning)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    [r.sourceId, r.startedAt, r.finishedAt, r.notModified ? 1 : 0, r.found, r.new, r.error, r.warning],
  );
  return row!.id;
}

export async function listRuns(sql: Sql, sourceId: number): Promise<RunRecord[]> {
  const rows = await sql.all<Omit<RunRecord, 'notModified'> & { notModified: number }>(
    `SELECT source_id AS "sourceId", started_at AS "startedAt", finished_at AS "finishedAt", not_modified AS "notModified",
            found, new, error, warning FROM source_runs WHERE source_id = ? ORDER BY id`,
    [sourceId],
  );
  return rows.map((r) => ({ ...r, notModified: r.notModified === 1 }));
}

export async function knownEntryUrls(sql: Sql, sourceId: number): Promise<Set<string>> {
  const rows = await sql.all<{ url: string }>('SELECT url FROM source_entries WHERE source_id = ?', [sourceId]);
  return new Set(rows.map((r) => r.url));
}

export async function rememberEntry(sql: Sql, sourceId: number, url: string, documentId: number | null, now: Date): Promise<void> {
  await sql.run(
    `INSERT INTO source_entries (source_id, url, document_id, seen_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (source_id, url) DO UPDATE SET document_id = coalesce(excluded.document_id, source_entries.document_id)`,
    [sourceId, url, documentId, now.toISOString()],
  );
}
