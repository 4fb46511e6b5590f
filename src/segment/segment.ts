import type { Span } from '../extract/types.ts';
import { tableCells } from '../extract/table-penalties.ts';
import { splitLines, stripEnumerator } from './lines.ts';
import type { Line, Segment } from './types.ts';

// Reads a document's lines in order and decides where each development starts and ends.
//
// The genre shows three layouts, often mixed in one document:
// - headline + body paragraphs (most reviews; the headline may be markdown, bold, numbered or plain);
// - date-led paragraphs without headlines (`11月1日，国家…发布…`), one development each;
// - bilingual pairs: a Chinese headline and body followed by the English headline and body of the
//   same development, which become one item.
// A headline that is followed by another headline instead of a body is a table-of-contents entry
// or a heading without content, never an item. Masthead, 导读/关键词 blocks, disclaimers and
// everything after them up to the next section heading (biographies, subscription blurbs) are
// skipped.

interface Draft {
  seg: Segment;
  /** Whether the item started from a headline (date-led paragraphs then continue it). */
  titled: boolean;
  /** Whether the item's last content line ends a list introduction (`…分别是：`). */
  openList: boolean;
  /** The release a sub-case belongs to. */
  parent: Draft | null;
  /** The unrecognised top heading the item sits under (back-matter check). */
  loose: string | null;
  /** Whether the item's headline (or first line) is English: it then has no English version. */
  english: boolean;
}

interface State {
  out: Draft[];
  current: Draft | null;
  /** The top-level item that 案例 sub-cases attach to. */
  parent: Draft | null;
  pending: Line | null;
  sections: { level: number; title: string }[];
  /** Inside a 导读 block (until 关键词 or a heading). */
  inGuide: boolean;
  /** After a disclaimer or contact block (until the next part heading). */
  inBackMatter: boolean;
  /** Inside an English introduction or commentary section (until the next heading). */
  inIntro: boolean;
  /** The line before was a row of a text table. */
  afterRow: boolean;
  /** The head row of the current text table, split into cells. */
  columns: string[] | null;
  /** The unrecognised top-level heading above the current items, if any. */
  looseSection: string | null;
  backMatterSections: Set<string>;
}

export function segmentText(text: string): Segment[] {
  const lines = splitLines(text);
  const st: State = {
    out: [],
    current: null,
    parent: null,
    pending: null,
    sections: [],
    inGuide: false,
    inBackMatter: false,
    inIntro: false,
    afterRow: false,
    columns: null,
    looseSection: null,
    backMatterSections: new Set(),
  };
  for (let i = 0; i < lines.length; i++) {
    step(st, lines[i]!, lines[i + 1]);
  }
  const kept = st.out.filter((d) => !(d.loose !== null && st.backMatterSections.has(d.loose)));
  return number(kept);
}

function step(st: State, line: Line, next: Line | undefined): void {
  const afterRow = st.afterRow;
  // A table's header row and its rule (`----+----`) come before its first data row.
  st.afterRow = line.tableRow || (afterRow && line.kind === 'furniture');
  if (line.tableRow && line.kind === 'furniture') st.columns = tableCells(line.text).map((c) => c.text);
  else if (!line.tableRow && line.kind !== 'furniture') st.columns = null;
  switch (line.kind) {
    case 'furniture':
    case 'toc':
      return;
    case 'boilerplate':
      st.inBackMatter = true;
      if (st.looseSection) st.backMatterSections.add(st.looseSection);
      closeItem(st);
      return;
    case 'guide':
      st.inGuide = true;
      closeItem(st);
      return;
    case 'keywords':
      st.inGuide = false;
      closeItem(st);
      return;
    case 'intro':
      st.inIntro = true;
      st.pending = null;
      closeItem(st);
      return;
    case 'source':
      if (st.current && !st.inBackMatter) attachSource(st.current, line);
      return;
    case 'comment':
      if (st.current && !st.inBackMatter) attachComment(st.current, line);
      return;
    case 'heading':
      return onHeading(st, line, next);
    case 'prose':
      // Each data row of a table (a fine, a decision) is an item of its own.
      if (line.tableRow && afterRow && !st.inBackMatter && !st.inGuide) {
        closeItem(st);
        st.inIntro = false;
        st.pending = null;
        startItem(st, null, line);
        if (st.columns) st.current!.seg.columns = st.columns;
        return;
      }
      return onProse(st, line);
  }
}

function onHeading(st: State, line: Line, next: Line | undefined): void {
  st.inIntro = false;
  if (line.sectionLevel !== null) {
    closeItem(st);
    st.inGuide = false;
    st.inBackMatter = false;
    st.pending = null;
    st.sections = st.sections.filter((s) => s.level < line.sectionLevel!);
    st.sections.push({ level: line.sectionLevel, title: stripEnumerator(line.text) });
    if (line.sectionLevel === 1) st.looseSection = null;
    return;
  }
  if (st.inBackMatter && !line.marked) return;
  if (st.inGuide) return;
  // A list of bullets after `…分别是：` belongs to the item, not a new headline.
  if (line.bullet && st.current?.openList) return extend(st.current, line);
  // An unrecognised top-level markdown heading (`# 公安部第三研究所…`) opens a section of its own:
  // if a disclaimer or contact block follows inside it, its items are back matter, not news.
  if (/^#\s/.test(line.raw) && !st.pending) {
    st.looseSection = stripEnumerator(line.text);
  }
  if (st.pending && line.subHeading && !st.pending.subHeading) {
    // `1. 工信部及多省通信管理局…` followed by `（1）工信部`: the first is a group heading.
    st.sections = st.sections.filter((s) => s.level < 3);
    st.sections.push({ level: 3, title: stripEnumerator(st.pending.text) });
  } else if (!line.subHeading && /^\d{1,2}\s*[.．、]/.test(line.text)) {
    st.sections = st.sections.filter((s) => s.level < 3);
  }
  if (line.english && canTakeEnglish(st.current) && next && next.kind === 'prose' && next.english) {
    st.pending = line;
    return;
  }
  if (!line.english || !st.pending) closeItem(st);
  st.pending = line;
}

function onProse(st: State, line: Line): void {
  if (st.inGuide || st.inIntro) return;
  if (st.inBackMatter) {
    st.pending = null;
    return;
  }
  const pending = st.pending;
  st.pending = null;
  const cur = st.current;
  if (pending) {
    if (pending.english && line.english && canTakeEnglish(cur)) return startEnglish(cur!, pending, line);
    closeItem(st);
    return startItem(st, pending, line);
  }
  if (line.subCase && st.parent) return startItem(st, null, line, st.parent);
  if (cur) {
    if (line.english && canTakeEnglish(cur)) return startEnglish(cur, null, line);
    if (line.dateLed && !cur.titled && !line.english === !isEnglishItem(cur)) {
      closeItem(st);
      return startItem(st, null, line);
    }
    return extend(cur, line);
  }
  startItem(st, null, line);
}

function startItem(st: State, title: Line | null, first: Line, parent: Draft | null = null): void {
  const titleText = title ? stripEnumerator(title.text) : subCaseTitle(first);
  const seg: Segment = {
    seq: 0,
    parentSeq: null,
    title: titleText,
    titleSpan: title ? innerSpan(title, titleText) : null,
    titleEn: null,
    titleEnSpan: null,
    span: { start: (title ?? first).span.start, end: first.span.end },
    body: [first.span],
    bodyEn: [],
    sectionPath: st.sections.map((s) => s.title),
    source: null,
    masked: [],
    commentary: null,
  };
  const draft: Draft = {
    seg,
    titled: title !== null,
    openList: /[:：]$/.test(first.text),
    parent,
    loose: st.looseSection,
    english: (title ?? first).english,
  };
  if (parent) seg.sectionPath = [...parent.seg.sectionPath];
  st.out.push(draft);
  st.current = draft;
  if (!parent) st.parent = draft;
  stripInlineSource(draft, first);
}

function startEnglish(cur: Draft, title: Line | null, first: Line): void {
  if (title) {
    cur.seg.titleEn = stripEnumerator(title.text);
    cur.seg.titleEnSpan = innerSpan(title, cur.seg.titleEn);
  }
  cur.seg.bodyEn.push(first.span);
  cur.seg.span.end = first.span.end;
  cur.openList = false;
}

function extend(cur: Draft, line: Line): void {
  if (cur.seg.bodyEn.length > 0 && line.english) cur.seg.bodyEn.push(line.span);
  else cur.seg.body.push(line.span);
  cur.seg.span.end = Math.max(cur.seg.span.end, line.span.end);
  cur.openList = /[:：]$/.test(line.text) || (cur.openList && line.bullet);
  stripInlineSource(cur, line);
}

function closeItem(st: State): void {
  st.current = null;
}

/** An English paragraph joins the current item when it is a Chinese item without an English part. */
function canTakeEnglish(cur: Draft | null): boolean {
  return cur !== null && cur.seg.bodyEn.length === 0 && !isEnglishItem(cur);
}

function isEnglishItem(d: Draft): boolean {
  return d.english;
}

function attachSource(cur: Draft, line: Line): void {
  cur.seg.source = line.text.replace(/^[（(]\s*(来源|来源于|Source)\s*[:：]\s*/i, '').replace(/[）)]$/, '');
  cur.seg.masked.push(line.span);
  cur.seg.span.end = Math.max(cur.seg.span.end, line.span.end);
}

function attachComment(cur: Draft, line: Line): void {
  const comment = line.text.replace(/^[【\[]\s*|\s*[】\]]$/g, '');
  cur.seg.commentary = (cur.seg.commentary ? cur.seg.commentary + '\n' : '') + comment;
  cur.seg.masked.push(line.span);
  cur.seg.span.end = Math.max(cur.seg.span.end, line.span.end);
}

const INLINE_SOURCE = /[（(]\s*来源\s*[:：]([^（）()]{1,60})[）)]\s*$/;
const INLINE_COMMENT = /[【]\s*(简评|点评)\s*[:：][\s\S]*?[】]/g;

/** A `（来源：…）` at the end of a paragraph and inline 【简评：…】 are masked from extraction. */
function stripInlineSource(cur: Draft, line: Line): void {
  const src = INLINE_SOURCE.exec(line.raw);
  if (src) {
    cur.seg.source = src[1]!.trim();
    const start = line.span.start + src.index;
    cur.seg.masked.push({ start, end: line.span.end });
  }
  for (const m of line.raw.matchAll(INLINE_COMMENT)) {
    const start = line.span.start + m.index;
    cur.seg.masked.push({ start, end: start + m[0].length });
    cur.seg.commentary = (cur.seg.commentary ? cur.seg.commentary + '\n' : '') + m[0].replace(/^【|】$/g, '');
  }
}

/** `案例一：宿迁某医学检验机构不履行数据安全保护义务案。…` → the case name when it is short. */
function subCaseTitle(first: Line): string | null {
  if (!first.subCase) return null;
  const rest = first.text.replace(/^(案例|案件|典型案例)[一二三四五六七八九十\d]{1,3}\s*[:：]\s*/, '');
  const sentence = /^[^。，；]{2,40}[。]/.exec(rest);
  return sentence ? sentence[0].slice(0, -1) : first.text.slice(0, first.text.search(/[:：]/));
}

/** The span of `title` inside the heading line (without `### **1. ` and `**`). */
function innerSpan(line: Line, title: string | null): Span {
  if (!title) return line.span;
  const at = line.raw.indexOf(title);
  return at < 0 ? line.span : { start: line.span.start + at, end: line.span.start + at + title.length };
}

function number(drafts: Draft[]): Segment[] {
  const seqOf = new Map(drafts.map((d, i) => [d, i]));
  return drafts.map((d, i) => ({
    ...d.seg,
    seq: i,
    parentSeq: d.parent ? (seqOf.get(d.parent) ?? null) : null,
  }));
}
