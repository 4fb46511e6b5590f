import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { InputError } from '../errors.ts';
import { LawParseError, parseLaw, type ParsedLaw } from './parse.ts';
import { indexSchema, type IndexEntry } from './schema.ts';

// Reads a law-text folder: index.json validated, every listed file read, hashed and parsed. All
// problems are collected and reported together, each naming its file, before anything is stored.

export interface FolderLaw {
  entry: IndexEntry;
  parsed: ParsedLaw;
  sha256: string;
}

export interface Folder {
  laws: FolderLaw[];
  warnings: string[];
}

export function readLawFolder(dir: string): Folder {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new InputError(dir, 'no such folder');
  const indexPath = path.join(dir, 'index.json');
  const entries = readIndex(indexPath);
  const problems: string[] = [];
  const warnings: string[] = [];
  const laws: FolderLaw[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    const file = path.join(dir, entry.file);
    if (seen.has(entry.file)) {
      problems.push(`${indexPath}: ${entry.file} is listed twice`);
      continue;
    }
    seen.add(entry.file);
    if (!fs.existsSync(file)) {
      problems.push(`${file}: no such file (listed in index.json)`);
      continue;
    }
    const bytes = fs.readFileSync(file);
    const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
    if (entry.sha256 && entry.sha256 !== sha256) {
      warnings.push(`${file}: sha256 ${sha256.slice(0, 12)}… differs from index.json (${entry.sha256.slice(0, 12)}…); imported anyway`);
    }
    let parsed: ParsedLaw;
    try {
      parsed = parseLaw(bytes.toString('utf8'));
    } catch (err) {
      if (!(err instanceof LawParseError)) throw err;
      problems.push(`${file}: ${err.message}`);
      continue;
    }
    if (parsed.title !== entry.title) warnings.push(`${file}: title "${parsed.title}" differs from index.json "${entry.title}"`);
    if (entry.articles !== undefined && parsed.articles.length !== entry.articles) {
      warnings.push(`${file}: ${parsed.articles.length} articles parsed, index.json says ${entry.articles}`);
    }
    laws.push({ entry, parsed, sha256 });
  }
  if (problems.length > 0) {
    throw new InputError(dir, `cannot import laws (nothing was stored):\n  ${problems.join('\n  ')}`);
  }
  return { laws, warnings };
}

function readIndex(indexPath: string): IndexEntry[] {
  if (!fs.existsSync(indexPath)) {
    throw new InputError(indexPath, 'no such file; a law folder needs an index.json listing its files');
  }
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(indexPath, 'utf8').replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new InputError(indexPath, `not valid JSON: ${(err as Error).message}`);
  }
  const parsed = indexSchema.safeParse(json);
  if (!parsed.success) throw new InputError(indexPath, `invalid index:\n  ${describeIssues(parsed.error, json).join('\n  ')}`);
  return parsed.data;
}

/** Zod issues as "entry 3 (file.md): promulgated: expected a date YYYY-MM-DD". */
function describeIssues(error: z.ZodError, json: unknown): string[] {
  return error.issues.map((issue) => {
    const [at, ...rest] = issue.path;
    if (typeof at !== 'number') return issue.message;
    const raw = Array.isArray(json) ? (json[at] as { file?: unknown } | undefined) : undefined;
    const name = typeof raw?.file === 'string' ? ` (${raw.file})` : '';
    const field = rest.length > 0 ? `${rest.join('.')}: ` : '';
    return `entry ${at + 1}${name}: ${field}${issue.message}`;
  });
}
