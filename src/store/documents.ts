import type { Sql } from './sql.ts';

export interface NewDocument {
  source: string;
  sha256: string;
  format: string;
  encoding: string;
  bytes: number;
  title: string | null;
  issueDate: string | null;
  header: Record<string, string>;
  text: string;
}

export interface DocumentRow {
  id: number;
  source: string;
  sha256: string;
  version: number;
  supersededBy: number | null;
  format: string;
  encoding: string;
  bytes: number;
  title: string | null;
  issueDate: string | null;
  ingestedAt: string;
  itemCount: number;
}

const COLUMNS = `d.id, d.source, d.sha256, d.version, d.superseded_by AS "supersededBy", d.format, d.encoding,
  d.bytes, d.title, d.issue_date AS "issueDate", d.ingested_at AS "ingestedAt",
  (SELECT COUNT(*) FROM items i WHERE i.document_id = d.id) AS "itemCount"`;

export async function findDocumentBySha(sql: Sql, sha256: string): Promise<DocumentRow | undefined> {
  return sql.get<DocumentRow>(`SELECT ${COLUMNS} FROM documents d WHERE d.sha256 = ?`, [sha256]);
}

/** The current (not superseded) version stored for a source path or URL. */
export async function findCurrentBySource(sql: Sql, source: string): Promise<DocumentRow | undefined> {
  return sql.get<DocumentRow>(
    `SELECT ${COLUMNS} FROM documents d WHERE d.source = ? AND d.superseded_by IS NULL ORDER BY d.version DESC LIMIT 1`,
    [source],
  );
}

export async function getDocument(sql: Sql, id: number): Promise<(DocumentRow & { text: string }) | undefined> {
  return sql.get<DocumentRow & { text: string }>(`SELECT ${COLUMNS}, d.text FROM documents d WHERE d.id = ?`, [id]);
}

export async function listDocuments(sql: Sql): Promise<DocumentRow[]> {
  return sql.all<DocumentRow>(`SELECT ${COLUMNS} FROM documents d ORDER BY d.id`);
}

export async function countDocumentsOfSource(sql: Sql, source: string): Promise<number> {
  return (await sql.get<{ n: number }>('SELECT COUNT(*) AS n FROM documents WHERE source = ?', [source]))?.n ?? 0;
}

/**
 * Inserts a document; a previous version of the same source is marked superseded by it. Returns
 * null when a document with the same content exists already (stored meanwhile by another writer).
 */
export async function insertDocument(sql: Sql, doc: NewDocument, now: Date): Promise<number | null> {
  const previous = await findCurrentBySource(sql, doc.source);
  const row = await sql.get<{ id: number }>(
    `INSERT INTO documents (source, sha256, version, format, encoding, bytes, title, issue_date, header_json, text, ingested_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING RETURNING id`,
    [
      doc.source,
      doc.sha256,
      previous ? previous.version + 1 : 1,
      doc.format,
      doc.encoding,
      doc.bytes,
      doc.title,
      doc.issueDate,
      JSON.stringify(doc.header),
      doc.text,
      now.toISOString(),
    ],
  );
  if (!row) return null;
  if (previous) await sql.run('UPDATE documents SET superseded_by = ? WHERE id = ?', [row.id, previous.id]);
  return row.id;
}

// Any constant works as long as every regwatch process uses the same one.
const DOCUMENT_WRITE_LOCK = 7_021_002;

/**
 * Serialises document writes across processes for the rest of the transaction. SQLite has one
 * writer anyway (BEGIN IMMEDIATE); on PostgreSQL two ingests would otherwise each miss the other's
 * uncommitted document when checking for duplicates and when grouping items into events.
 */
export async function lockDocumentWrites(sql: Sql): Promise<void> {
  if (sql.dialect === 'postgres') await sql.get('SELECT pg_advisory_xact_lock(?)', [DOCUMENT_WRITE_LOCK]);
}
