import OpenCC from 'opencc-js/cn2t';
import { displayWidth } from '../text/width.ts';
import { normalizeText } from '../text/normalize.ts';
import type { EvalDoc } from './load.ts';
import type { EvalItem } from './types.ts';

// The same evaluation set in the layouts other publishers give the same words: printed to PDF and
// extracted (lines broken at a fixed width, page numbers and a running head between pages), typed
// with ASCII punctuation, or written in traditional characters. Scored in each, a set shows whether
// extraction leans on its own publishers' layout. Gold stays valid: scoring is per document over
// field values, so item boundaries do not matter, and the traditional layout converts gold strings
// with the same converter as the text.

export const LAYOUTS = ['wrapped', 'paged', 'ascii', 'traditional'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** The column a PDF converter of an A4 page in a 10.5 pt CJK font breaks lines at. */
const PAGE_COLUMNS = 76;
const LINES_PER_PAGE = 45;
const RUNNING_HEAD = '数据合规通讯';

export function relayout(doc: EvalDoc, layout: Layout): EvalDoc {
  switch (layout) {
    case 'wrapped':
      return { ...doc, text: wrapped(doc.text).join('\n') };
    case 'paged':
      return { ...doc, text: paged(wrapped(doc.text)).join('\n') };
    case 'ascii':
      // NFKC folds full-width punctuation (，：（）) into ASCII, as some CMSs and Hong Kong sites type it.
      return { ...doc, text: doc.text.normalize('NFKC') };
    case 'traditional':
      return { ...doc, text: traditional(doc.text), gold: doc.gold.map(traditionalItem) };
  }
}

/** Lines of the text as a PDF converter gives them: each paragraph broken at the page's width. */
function wrapped(text: string): string[] {
  // Start from one paragraph a line, whatever the set's own layout was.
  return normalizeText(text)
    .split('\n')
    .flatMap((line) => (keepsItsLine(line) ? [line] : breakLine(line)));
}

// Table rows and markdown headings are laid out by the converter as they are.
function keepsItsLine(line: string): boolean {
  return line.trim() === '' || /[|\t]|^#/.test(line);
}

function breakLine(line: string): string[] {
  const out: string[] = [];
  let current = '';
  // Chinese breaks between any two characters, English between words.
  for (const token of line.match(/[A-Za-z0-9.,'’()$€£%-]+\s*|\s+|./gu) ?? []) {
    if (current !== '' && displayWidth(current + token) > PAGE_COLUMNS) {
      out.push(current.trimEnd());
      current = '';
    }
    current += token;
  }
  if (current !== '') out.push(current.trimEnd());
  return out;
}

/** A page number and a running head between every page's lines, wherever the page ends. */
function paged(lines: string[]): string[] {
  const out: string[] = [];
  for (const [i, line] of lines.entries()) {
    out.push(line);
    if (i % LINES_PER_PAGE === LINES_PER_PAGE - 1) out.push('', `— ${(i + 1) / LINES_PER_PAGE} —`, RUNNING_HEAD, '');
  }
  return out;
}

let toTraditional: ((s: string) => string) | null = null;

// Taiwan's standard characters, without its vocabulary table (数据 stays 數據, not 資料): the words
// stay the set's own, only the script changes.
function traditional(text: string): string {
  const convert = (toTraditional ??= OpenCC.Converter({ from: 'cn', to: 'tw' }));
  return convert(text);
}

function traditionalItem(item: EvalItem): EvalItem {
  const t = (s: string): string => traditional(s);
  return {
    ...item,
    title: item.title === null ? null : t(item.title),
    authorities: item.authorities.map(t),
    instruments: item.instruments.map(t),
    citations: item.citations.map((c) => ({ ...c, law: t(c.law) })),
    penalties: item.penalties.map((p) => ({ ...p, text: t(p.text) })),
    actions: item.actions.map(t),
    region: item.region === null ? null : t(item.region),
  };
}
