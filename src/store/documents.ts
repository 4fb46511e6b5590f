import type { Db } from './db.ts';

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

const COLUMNS = `d.id, d.source, d.sha256, d.version, d.superseded_by AS supersededBy, d.format, d.encoding,
  d.bytes, d.title, d.issue_date AS issueDate, d.ingested_at AS ingestedAt,
  (SELECT COUNT(*) FROM items i WHERE i.document_id = d.id) AS itemCount`;

export function findDocumentBySha(db: Db, sha256: string): DocumentRow | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM documents d WHERE d.sha256 = ?`).get(sha256) as DocumentRow | undefined;
}

/** The current (not superseded) version stored for a source path or URL. */
export function findCurrentBySource(db: Db, source: string): DocumentRow | undefined {
  return db
    .prepare(`SELECT ${COLUMNS} FROM documents d WHERE d.source = ? AND d.superseded_by IS NULL ORDER BY d.version DESC LIMIT 1`)
    .get(source) as DocumentRow | undefined;
}

export function getDocument(db: Db, id: number): (DocumentRow & { text: string }) | undefined {
  return db.prepare(`SELECT ${COLUMNS}, d.text FROM documents d WHERE d.id = ?`).get(id) as
    | (DocumentRow & { text: string })
    | undefined;
}

export function listDocuments(db: Db): DocumentRow[] {
  return db.prepare(`SELECT ${COLUMNS} FROM documents d ORDER BY d.id`).all() as DocumentRow[];
}

/** Inserts a document; a previous version of the same source is marked superseded by it. */
export function insertDocument(db: Db, doc: NewDocument, now: Date): number {
  const previous = findCurrentBySource(db, doc.source);
  const info = db
    .prepare(
      `INSERT INTO documents (source, sha256, version, format, encoding, bytes, title, issue_date, header_json, text, ingested_at)
       VALUES (@source, @sha256, @version, @format, @encoding, @bytes, @title, @issueDate, @header, @text, @now)`,
    )
    .run({
      ...doc,
      header: JSON.stringify(doc.header),
      version: previous ? previous.version + 1 : 1,
      now: now.toISOString(),
    });
  const id = Number(info.lastInsertRowid);
  if (previous) db.prepare('UPDATE documents SET superseded_by = ? WHERE id = ?').run(id, previous.id);
  return id;
}
