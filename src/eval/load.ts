// Reads an evaluation set laid out as shared/eval/FORMAT.md describes: SET/docs/NAME.txt and
// SET/gold/NAME.json. Every problem is an EvalSetError naming the file, because a scorer that
// silently skips a broken gold file reports a number nobody can trust.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { goldFileSchema } from './types.ts';
import type { EvalItem } from './types.ts';
import { splitHeader } from '../text/header.ts';

export { splitHeader } from '../text/header.ts';
export type { SplitDocument } from '../text/header.ts';

export interface EvalDoc {
  name: string;
  header: Record<string, string>;
  text: string;
  gold: EvalItem[];
}

export interface ReadEvalSetOptions {
  /** Folder holding NAME.txt instead of SET/docs (a gold set kept apart from shared texts). */
  docsDir?: string;
}

export class EvalSetError extends Error {
  override readonly name = 'EvalSetError';
  constructor(
    /** The file or folder at fault. */
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function requireDirectory(path: string, what: string): void {
  if (!isDirectory(path)) throw new EvalSetError(path, `${what} not found or not a folder`);
}

// Code-unit order, not locale order, so that the set reads the same on every machine.
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Base names of the files in `dir` with extension `ext`, hidden files skipped. */
function namesWithExtension(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith('.') && extname(e.name) === ext)
    .map((e) => basename(e.name, ext))
    .sort(byCodePoint);
}

// fatal: a newsletter saved in GBK must fail loudly instead of being scored as mojibake.
const utf8 = new TextDecoder('utf-8', { fatal: true });

function readUtf8(path: string): string {
  try {
    return utf8.decode(readFileSync(path));
  } catch (error) {
    if (error instanceof TypeError) throw new EvalSetError(path, 'not valid UTF-8');
    throw new EvalSetError(path, `cannot be read (${(error as Error).message})`);
  }
}

function issuePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
}

// Node 20 reports JSON errors by character offset only; people fixing a gold file by hand need a line.
function withLine(message: string, raw: string): string {
  const match = /at position (\d+)/.exec(message);
  if (!match) return message;
  const before = raw.slice(0, Number(match[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message} (line ${line}, column ${column})`;
}

// Enough to fix a file in one pass without burying the terminal when a whole file is off-schema.
const MAX_ISSUES = 20;

/** Parses and validates one gold file against goldFileSchema. */
export function parseGold(path: string, raw: string): EvalItem[] {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new EvalSetError(path, `invalid JSON: ${withLine((error as Error).message, raw)}`);
  }
  const parsed = goldFileSchema.safeParse(json);
  if (!parsed.success) {
    const all = parsed.error.issues;
    const issues = all.slice(0, MAX_ISSUES).map((i) => `${issuePath(i.path)}: ${i.message}`);
    if (all.length > MAX_ISSUES) issues.push(`… and ${all.length - MAX_ISSUES} more`);
    throw new EvalSetError(path, `does not match the gold schema:\n  ${issues.join('\n  ')}`);
  }
  return parsed.data;
}

/**
 * Reads every document of an evaluation set with its gold items, sorted by name. Without
 * `docsDir` the set must pair up exactly (a doc without gold or gold without doc is an error);
 * with `docsDir` the gold files define the set and that folder is only a pool of texts to draw
 * from, so extra texts there are ignored.
 */
export function readEvalSet(dir: string, opts: ReadEvalSetOptions = {}): EvalDoc[] {
  requireDirectory(dir, 'evaluation set folder');
  const goldDir = join(dir, 'gold');
  const docsDir = opts.docsDir ?? join(dir, 'docs');
  requireDirectory(goldDir, 'gold folder');
  requireDirectory(docsDir, opts.docsDir === undefined ? 'docs folder' : 'documents folder');

  const goldNames = namesWithExtension(goldDir, '.json');
  const docNames = namesWithExtension(docsDir, '.txt');
  for (const name of goldNames) {
    if (!docNames.includes(name)) {
      throw new EvalSetError(join(goldDir, `${name}.json`), `no document ${join(docsDir, `${name}.txt`)}`);
    }
  }
  if (opts.docsDir === undefined) {
    for (const name of docNames) {
      if (!goldNames.includes(name)) {
        throw new EvalSetError(join(docsDir, `${name}.txt`), `no gold file ${join(goldDir, `${name}.json`)}`);
      }
    }
  }
  if (goldNames.length === 0) throw new EvalSetError(goldDir, 'no gold files (*.json)');

  return goldNames.map((name) => {
    const goldPath = join(goldDir, `${name}.json`);
    const gold = parseGold(goldPath, readUtf8(goldPath));
    const { header, text } = splitHeader(readUtf8(join(docsDir, `${name}.txt`)));
    return { name, header, text, gold };
  });
}
