import path from 'node:path';
import type { Entry, Newsletter } from './model.ts';

// One layout for every format: the newsletter becomes a flat list of blocks, and the Markdown,
// HTML and DOCX writers only translate blocks, so the formats cannot drift apart.

export interface Run {
  text: string;
  bold?: boolean;
  /** Only http(s) URLs ever become links. */
  href?: string;
}

export type ParaStyle = 'body' | 'meta' | 'label' | 'note' | 'source' | 'commentary' | 'en' | 'disclaimer';

export type Block =
  | { t: 'cover'; title: string; lines: string[] }
  | { t: 'toc'; entries: { level: number; text: string; anchor: string }[] }
  | { t: 'heading'; level: 1 | 2 | 3 | 4; text: string; anchor: string }
  | { t: 'para'; style: ParaStyle; runs: Run[] };

const CN_NUM = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export const GUIDE_NOTE = '（本导读由 regwatch 根据本部分条目自动生成。）';

export function layoutNewsletter(n: Newsletter): Block[] {
  const body: Block[] = [];
  n.sections.forEach((section, si) => {
    body.push({ t: 'heading', level: 1, text: `${CN_NUM[si] ?? si + 1}、${section.title}`, anchor: `s${si + 1}` });
    body.push(para('label', [{ text: '导读：', bold: true }, { text: section.guide.join('') }]));
    body.push(para('note', [{ text: GUIDE_NOTE }]));
    if (section.keywords.length) body.push(para('label', [{ text: '关键词：', bold: true }, { text: section.keywords.join('；') }]));
    let number = 0;
    section.groups.forEach((group, gi) => {
      if (group.title) {
        body.push({ t: 'heading', level: 2, text: `（${CN_NUM[gi] ?? gi + 1}）${group.title}`, anchor: `s${si + 1}g${gi + 1}` });
        number = 0;
      }
      for (const entry of group.entries) body.push(...entryBlocks(entry, ++number, n.bilingual, 3));
    });
  });
  const toc = body.flatMap((b) => (b.t === 'heading' && b.level <= 3 ? [{ level: b.level, text: b.text, anchor: b.anchor }] : []));
  return [
    { t: 'cover', title: n.title, lines: coverLines(n) },
    { t: 'toc', entries: toc },
    ...body,
    { t: 'heading', level: 1, text: '声明', anchor: 'disclaimer' },
    para('disclaimer', [{ text: n.disclaimer }]),
  ];
}

function coverLines(n: Newsletter): string[] {
  return [
    n.issue !== null ? `第 ${n.issue} 期` : null,
    `${n.from} 至 ${n.to}`,
    n.query ? `专题：${n.query}` : null,
    n.publisher,
  ].filter((l): l is string => l !== null);
}

const SOURCE_TAIL = /\s*（来源[:：]([^）]*)）\s*$/;

function entryBlocks(e: Entry, number: number, bilingual: boolean, level: 3 | 4): Block[] {
  const out: Block[] = [];
  const heading = level === 3 ? `${number}. ${e.headline}` : e.headline;
  out.push({ t: 'heading', level, text: heading, anchor: `item-${e.itemId}` });
  if (bilingual && e.titleEn) out.push(para('en', [{ text: e.titleEn, bold: true }]));
  if (e.date) out.push(para('meta', [{ text: e.date }]));
  // The body often ends with its own （来源：…） line; it is written once, below the text.
  const tail = SOURCE_TAIL.exec(e.text);
  const text = tail ? e.text.slice(0, tail.index) : e.text;
  for (const p of paragraphs(text)) out.push(para('body', [{ text: p }]));
  if (bilingual && e.textEn) for (const p of paragraphs(e.textEn)) out.push(para('en', [{ text: p }]));
  const lines = [...new Set([...e.sources.map((s) => s.sourceLine), tail?.[1] ?? null].filter((s): s is string => Boolean(s?.trim())))];
  if (lines.length) out.push(para('source', [{ text: `（来源：${lines.join('；')}）` }]));
  if (e.sources.length > 1 || e.sources.some((s) => isUrl(s.document))) {
    const runs: Run[] = [{ text: e.sources.length > 1 ? `本条综合 ${e.sources.length} 份来源：` : '原文：' }];
    e.sources.forEach((s, i) => {
      if (i > 0) runs.push({ text: '；' });
      runs.push(isUrl(s.document) ? { text: s.document, href: s.document } : { text: path.basename(s.document) });
      if (e.sources.length > 1) runs.push({ text: `（${s.headline}）` });
    });
    out.push(para('meta', runs));
  }
  for (const child of e.children) out.push(...entryBlocks(child, 0, bilingual, 4));
  if (e.commentary) {
    const c = e.commentary.trim();
    out.push(para('commentary', /^【?简评/.test(c) ? [{ text: c }] : [{ text: '简评：', bold: true }, { text: c }]));
  }
  return out;
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
}

function para(style: ParaStyle, runs: Run[]): Block {
  return { t: 'para', style, runs };
}

export function isUrl(s: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(s);
}

/** Plain text of a block's runs. */
export function plain(runs: Run[]): string {
  return runs.map((r) => r.text).join('');
}
