import type { Span } from '../extract/types.ts';
import { tableCells } from '../extract/table-penalties.ts';
import { asWritten, toSimplified } from '../text/script.ts';
import { isCasePart, RULE, splitLines, stripEnumerator } from './lines.ts';
import { splitSubEvents } from './sub-events.ts';
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
  /** Whether the item's last content line announces a list (`现将有关情况通报如下：`). */
  announces: boolean;
  /** The enumerator style of the list the item holds (`一、`), once one has joined it. */
  listing: string | null;
  /** The release a sub-case belongs to. */
  parent: Draft | null;
  /** The unrecognised top heading the item sits under (back-matter check). */
  loose: string | null;
  /** Whether the item's headline (or first line) is English: it then has no English version. */
  english: boolean;
  /** Whether the item's first paragraph opens on its day (`11月20日，…`): a report of one development. */
  dayLed: boolean;
  /** For a decision laid out as `label：value` lines: the labels it has so far. */
  fields: Set<string> | null;
  /** The enumerator of the item's first paragraph when it is a numbered, dated development (`1、…3月5日发布…`). */
  numbered: string | null;
}

interface State {
  out: Draft[];
  current: Draft | null;
  /** The top-level item that 案例 sub-cases attach to. */
  parent: Draft | null;
  pending: Line | null;
  /** A headline an introduction interrupted (`China Finalises Rules…` over `Key Takeaways`). */
  shelved: Line | null;
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
  /** The line before was a notice's signature (its date comes next). */
  signed: boolean;
  /**
   * Inside an article's own analysis (`一、出台背景` … `三、合规建议`): the depth of its heading (1 for
   * 一、, 2 for （一）, 3 unnumbered). Its text is commentary on the item before; its sub-headings are
   * not headlines. It ends at a heading of the same depth or above that is not analysis.
   */
  analysis: number | null;
  /** Inside a tab-separated table whose head row names a penalty decision (a 行政处罚信息公示表). */
  fineTable: boolean;
  /** The line before was a case's bare `【关键词】` label: its keywords come next. */
  keywordLabel: boolean;
  /** Lines read before the next item starts that are not its text (a case's keywords). */
  heldMask: Span[];
  /** Inside the attachments a notice prints after its foot (附件1, the draft, its 起草说明). */
  inAttachment: boolean;
  /** The line before listed a notice's attachments (`附件：1.…`); `2.…` lines continue the list. */
  attachList: boolean;
  /** The line before was a case's part label (【典型意义】): a paragraph comes next, not a headline. */
  afterLabel: boolean;
  /** A dateline over the pending headline (`France · CNIL · 23/01/2024`): the item starts there. */
  kicker: Line | null;
  /** The English headline written right under the pending Chinese one, before both bodies. */
  pendingEn: Line | null;
  /** The line before was a rule across the page (footnotes may follow). */
  afterRule: boolean;
}

/**
 * The items of a document in either script. The line patterns (case labels, table heads, section
 * names, datelines) are written in simplified characters, so traditional text is segmented through
 * a simplified copy of the same length; the headlines, sources and notes are then cut back out of
 * the text as written (FORMAT.md: traditional stays traditional).
 */
export function segmentDocument(text: string): Segment[] {
  const plain = toSimplified(text);
  if (plain === text) return segmentText(text);
  return segmentText(plain).map((seg) => writtenSegment(seg, text, plain));
}

function writtenSegment(seg: Segment, text: string, plain: string): Segment {
  const at = (value: string | null, span: Span | null = seg.span): string | null => (value === null ? null : asWritten(value, text, plain, span?.start, span?.end));
  return {
    ...seg,
    title: at(seg.title, seg.titleSpan),
    titleEn: at(seg.titleEn, seg.titleEnSpan),
    source: at(seg.source),
    commentary: at(seg.commentary),
    sectionPath: seg.sectionPath.map((s) => asWritten(s, text, plain, 0, seg.span.start)),
    ...(seg.columns ? { columns: seg.columns.map((c) => asWritten(c, text, plain, 0, seg.span.start)) } : {}),
  };
}

export function segmentText(text: string): Segment[] {
  const lines = splitLines(text);
  const st: State = {
    out: [],
    current: null,
    parent: null,
    pending: null,
    shelved: null,
    sections: [],
    inGuide: false,
    inBackMatter: false,
    inIntro: false,
    afterRow: false,
    columns: null,
    looseSection: null,
    backMatterSections: new Set(),
    signed: false,
    analysis: null,
    fineTable: false,
    keywordLabel: false,
    heldMask: [],
    inAttachment: false,
    attachList: false,
    afterLabel: false,
    kicker: null,
    pendingEn: null,
    afterRule: false,
  };
  for (let i = 0; i < lines.length; i++) {
    step(st, lines[i]!, lines[i + 1]);
  }
  const kept = st.out.filter((d) => !(d.loose !== null && st.backMatterSections.has(d.loose)));
  return splitSubEvents(text, number(withoutReleaseIntro(text, kept)));
}

function step(st: State, line: Line, next: Line | undefined): void {
  const signed = st.signed;
  st.signed = false;
  const afterRule = st.afterRule;
  st.afterRule = RULE.test(line.raw);
  const afterRow = st.afterRow;
  // A table's header row and its rule (`----+----`) come before its first data row.
  st.afterRow = line.tableRow || (afterRow && line.kind === 'furniture');
  // The rule under a markdown table's head (`| --- | --- |`) is no head of its own.
  if (line.tableRow && line.kind === 'furniture' && /[\p{L}]/u.test(line.text)) st.columns = tableCells(line.text).map((c) => c.text);
  else if (!line.tableRow && line.kind !== 'furniture') st.columns = null;
  if (signed && line.footDate && st.current) return extend(st.current, line);
  // Each numbered row of a table of penalty decisions (cells split by tabs or runs of spaces) is a
  // decision of its own; a cell broken over lines continues it.
  if (st.fineTable && (line.kind === 'row' || line.kind === 'prose') && ROW_NUMBER.test(line.raw) && !st.inBackMatter && !st.inGuide) {
    closeItem(st);
    st.pending = null;
    return startItem(st, null, line);
  }
  const afterLabel = st.afterLabel;
  st.afterLabel = line.kind === 'furniture' && isCasePart(line.text);
  // `【典型意义】` over `本案明确了平台经` / `营者对其…`: a paragraph broken short by the PDF, not a headline.
  if (afterLabel && line.kind === 'heading' && line.sectionLevel === null && st.current && !st.pending && !st.inBackMatter) {
    return extend(st.current, line);
  }
  const attachList = st.attachList;
  st.attachList = ATTACHMENT_LIST.test(line.text);
  if (attachList && st.current && !st.pending && line.kind === 'heading' && /^\d{1,2}\s*[.．、]/.test(line.text)) {
    st.attachList = true;
    return extend(st.current, line);
  }
  // `附件1` alone on its line after the notice of a one-notice document: the draft it publishes,
  // chapters and articles, and its 起草说明 are the notice's attachments, not items.
  if (ATTACHMENT_HEAD.test(line.text) && st.current && !st.pending && st.out.length === 1) st.inAttachment = true;
  if (st.inAttachment && st.current) {
    if (line.kind === 'boilerplate') st.inAttachment = false;
    else return line.kind === 'furniture' || line.kind === 'toc' ? undefined : extend(st.current, line);
  }
  // A case of a procuratorate's or court's release: `【关键词】` over `行政公益诉讼　快递面单　…`. The
  // keywords are neither the case's headline nor its text.
  const keywordLabel = st.keywordLabel;
  st.keywordLabel = KEYWORD_LABEL.test(line.text);
  if (st.keywordLabel || (keywordLabel && line.kind === 'heading' && line.sectionLevel === null)) {
    st.heldMask.push(line.span);
    return;
  }
  switch (line.kind) {
    case 'furniture':
    case 'toc':
      return;
    case 'boilerplate':
      // A disclaimer before the first item (`声明：本刊定位于…` under a report's masthead) is front
      // matter: what follows is the news, not more back matter.
      if (st.out.length === 0 && !st.current) return;
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
      st.shelved = st.pending ?? st.shelved;
      st.pending = null;
      closeItem(st);
      return;
    case 'source':
      // Under a headline still waiting for its body, the source is the coming item's: not kept.
      if (st.current && !st.pending && !st.inBackMatter) attachSource(st.current, line);
      return;
    case 'comment':
      if (st.current && !st.inBackMatter) attachComment(st.current, line);
      return;
    case 'row':
      // A head row (`序号  当事人名称  …  行政处罚内容  作出行政处罚决定日期`) names its columns in
      // words: it says what the rows are.
      if (!/\d/.test(line.text)) st.fineTable = FINE_TABLE_HEAD.test(line.text);
      // Table rows (apps and their operators under a notice) belong to the item the table is in.
      if (st.current && !st.pending && !st.inBackMatter && !st.inGuide) extend(st.current, line);
      return;
    case 'heading':
      return onHeading(st, line, next);
    case 'prose':
      // Each data row of a table of fines or decisions is an item of its own; the rows of another
      // table (a notice's list of apps and their problems) belong to the item the table is in.
      if (line.tableRow && afterRow && st.columns && !ROWS_ARE_ITEMS.test(st.columns.join(' ')) && st.current && !st.pending) {
        return extend(st.current, line);
      }
      if (line.tableRow && afterRow && !st.inBackMatter && !st.inGuide) {
        closeItem(st);
        st.inIntro = false;
        st.pending = null;
        startItem(st, null, line);
        if (st.columns) st.current!.seg.columns = st.columns;
        return;
      }
      // `_______` over `1 See SDGO Quarterly Report Q1 2024, section 2.`: a PDF's footnotes.
      if (afterRule && FOOTNOTE.test(line.text)) {
        st.inBackMatter = true;
        closeItem(st);
        return;
      }
      // `CLIENT ALERT | Data, Privacy & Cybersecurity | 14 November 2025` alone: a masthead.
      if (!st.current && !st.pending && line.tableRow && !afterRow && isKicker(line.text)) return;
      // A rule across the page (`———`, `* * *`) ends the item above it.
      if (afterRule && !st.pending && st.analysis === null) closeItem(st);
      return onProse(st, line);
  }
}

const FOOTNOTE = /^(?:\d{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})\s+\S/;

function onHeading(st: State, line: Line, next: Line | undefined): void {
  st.inIntro = false;
  const depth = line.sectionLevel ?? 3;
  if (st.analysis !== null) {
    if (line.analysis || depth > st.analysis) return;
    st.analysis = null;
  }
  if (line.analysis && st.current && !st.pending) {
    st.analysis = depth;
    return;
  }
  // A client alert's `Background` under its key takeaways: the alert's own headline, which the
  // takeaways interrupted, heads the development it opens.
  if (line.analysis && !st.current && st.shelved) {
    st.pending = st.shelved;
    st.shelved = null;
    return;
  }
  // `广东省互联网信息办公室` over `2023年11月8日`: the signature of a notice, which dates it. When the
  // document is that one notice it is the item's foot; under a release of several cases it dates
  // the release, not its last case.
  if ((next?.footDate || line.signedFoot) && st.current && !st.pending && st.out.length === 1 && line.sectionLevel === null) {
    st.signed = !line.signedFoot;
    return extend(st.current, line);
  }
  // A notice's `通报如下：` followed by `一、未经用户同意收集…` / `《某App》…等4款App。`: numbered
  // points of its own text, not sections of a newsletter. A point with a dated paragraph is a case.
  const cur = st.current;
  const style = cur && !st.pending ? enumeratorStyle(line.text) : null;
  if (cur && style) {
    const point = next?.kind === 'prose' && !next.dateLed && !next.subCase && (cur.announces || cur.listing === style);
    // `…存在违法违规收集使用个人信息问题：` over `1.《钱江生活》（版本号2.1.0），未经用户同意…` and
    // more lines like it: the entries of a list the item opened.
    const entry = next?.kind === 'heading' && (cur.openList || cur.listing === style) && enumeratorStyle(next.text) === style;
    if (point || entry) {
      cur.listing = style;
      return extend(cur, line);
    }
  }
  // `（一）天津网信办对某科技公司作出行政处罚` over its paragraph is a headline; a group heading
  // (`（一）国家层面动向`) is followed by the headlines of its items.
  const groupHeadline = line.sectionLevel === 2 && next?.kind === 'prose';
  if (groupHeadline) st.sections = st.sections.filter((s) => s.level < 2);
  if (line.sectionLevel !== null && !groupHeadline) {
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
  // A guide ends at a section heading, or at the first headline with a paragraph of its own (a
  // digest without sections); the headlines it lists have none.
  // A bulleted entry (`◆ 两部门公布《…》`) is the guide's own line even when its summary follows.
  if (st.inGuide && (next?.kind !== 'prose' || GUIDE_BULLET.test(line.raw))) return;
  st.inGuide = false;
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
  // `被告人吴某某侵犯公民个人信息案` / `——非法获取、出售公民行踪轨迹信息`: a subtitle under the
  // headline, not the next headline.
  if (st.pending && /^[—–-]{2}/.test(line.text)) return;
  if (line.english && canTakeEnglish(st.current) && next && next.kind === 'prose' && next.english) {
    st.pending = line;
    return;
  }
  // `01 | 国家网信办就…征求意见` over `CAC Seeks Comments on…`, then the Chinese and the English
  // paragraphs: both headlines of one bilingual item.
  if (line.english && st.pending && !st.pending.english && !st.pendingEn && next?.kind === 'prose' && !next.english) {
    st.pendingEn = line;
    return;
  }
  st.pendingEn = null;
  if (!line.english || !st.pending) closeItem(st);
  st.kicker = st.pending && isKicker(st.pending.text) ? st.pending : null;
  st.pending = line;
}

// A listing's dateline over each headline: short cells between `·` or `|`, one of them a date
// (`France · CNIL · 23/01/2024`, `Press release | 12 March 2024`). It dates the item below it.
const KICKER = /^[^·|•\n]{1,40}(?:\s[·|•]\s[^·|•\n]{1,40}){1,4}$/;
const KICKER_DATE = /\b\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}\b|\b(?:19|20)\d{2}-\d{2}-\d{2}\b|\b\d{1,2}\s+[A-Z][a-z]{2,8}\b|\b[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b/;

function isKicker(text: string): boolean {
  return KICKER.test(text) && KICKER_DATE.test(text);
}

function onProse(st: State, line: Line): void {
  if (st.inGuide || st.inIntro) return;
  if (st.analysis !== null) return attachComment(st.current!, line);
  // `注：本期共公示行政处罚案件8件，罚没金额合计…` under a table of decisions: a note on the table.
  if (st.fineTable && TABLE_NOTE.test(line.text)) {
    st.fineTable = false;
    if (st.current) attachComment(st.current, line);
    return closeItem(st);
  }
  if (st.inBackMatter) {
    st.pending = null;
    return;
  }
  // `江苏公安网安部门提醒：…` / `下一步，…将持续…`: a release's closing words, not its last case.
  if (st.current && !st.pending && CLOSING.test(line.text)) return attachComment(st.current, line);
  if (line.field !== null) return onField(st, line);
  // A heading over paragraphs that each open on a headline of their own (`Other developments` over
  // `CAC fines Zhihu. On October 5, …`) heads a group of items, not the first of them.
  if (st.pending && line.inlineTitle && !st.pending.english === !line.english) {
    st.sections = st.sections.filter((s) => s.level < 3);
    st.sections.push({ level: 3, title: stripEnumerator(st.pending.text) });
    st.pending = null;
  }
  const pending = st.pending;
  st.pending = null;
  const cur = st.current;
  if (pending) {
    if (pending.english && line.english && canTakeEnglish(cur)) return startEnglish(cur!, pending, line);
    closeItem(st);
    const appeal = CASE_TITLE.test(pending.text) ? appealStart(line.raw) : -1;
    if (appeal <= 0) {
      startItem(st, pending, line);
      const fine = LAWSUIT_TITLE.test(pending.text) ? earlierFine(line.raw) : null;
      return fine ? addEarlierFine(st, st.current!, line, fine) : undefined;
    }
    startItem(st, pending, linePart(line, 0, appeal));
    return splitAppeal(st, st.current!, line, appeal, true);
  }
  if (line.subCase && st.parent) return startItem(st, null, line, st.parent);
  if (line.inlineTitle) {
    closeItem(st);
    // The item starts at the line; its title is the headline, without brackets, colon or dash.
    const { text, end } = line.inlineTitle;
    return startItem(st, { ...line, text, span: { start: line.span.start, end: line.span.start + end } }, line);
  }
  if (cur) {
    if (line.english && canTakeEnglish(cur)) return startEnglish(cur, null, line);
    // Under a headline, a paragraph that opens on another day (`11月25日，…` after `11月20日，…`) is
    // the next development: a digest of headlined items runs on into undated ones when no section
    // heading stands between them. A case's facts (`2021年6月至…`, `被告人…`) open on no day.
    const nextDevelopment = cur.titled && cur.dayLed && cur.seg.body.length > 0 && DAY_LEAD.test(line.text);
    // `2、工信部于3月6日通报…` after `1、国家网信办3月5日发布…`: numbered paragraphs, each a dated
    // development; the heading over the first heads them all.
    if (cur.numbered !== null && !cur.openList && !cur.announces && numberedDevelopment(line) === cur.numbered) {
      if (cur.titled && cur.seg.body.length === 1) ungroup(st, cur);
      closeItem(st);
      return startItem(st, null, line);
    }
    if (line.dateLed && (!cur.titled || nextDevelopment) && !line.english === !isEnglishItem(cur)) {
      closeItem(st);
      return startItem(st, null, line);
    }
    const appeal = cur.titled && CASE_TITLE.test(cur.seg.title ?? '') ? appealStart(line.raw) : -1;
    if (appeal >= 0) return splitAppeal(st, cur, line, appeal);
    const fine = cur.titled && LAWSUIT_TITLE.test(cur.seg.title ?? '') ? earlierFine(line.raw) : null;
    if (fine) return splitEarlierFine(st, cur, line, fine);
    return extend(cur, line);
  }
  startItem(st, null, line);
}

// A numbered paragraph that tells a dated development: `1、国家网信办3月5日发布《…》。`
const DATED = /\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}\s*年\s*\d{1,2}\s*月|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b|\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

function numberedDevelopment(line: Line): string | null {
  if (line.kind !== 'prose' || line.inlineTitle) return null;
  const style = enumeratorStyle(line.text);
  return style !== null && DATED.test(line.text) ? style : null;
}

/** The heading over a run of numbered developments heads a group: it leaves the first item's title. */
function ungroup(st: State, cur: Draft): void {
  st.sections = st.sections.filter((s) => s.level < 3);
  st.sections.push({ level: 3, title: cur.seg.title ?? '' });
  cur.seg.sectionPath = st.sections.map((s) => s.title);
  cur.seg.title = null;
  cur.seg.titleSpan = null;
  cur.seg.span = { ...cur.seg.span, start: cur.seg.body[0]!.start };
  cur.titled = false;
}

const DAY_LEAD = /^(\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*[，,]/;

/**
 * A decision laid out as `label：value` lines. Its fields extend it until a label comes again: the
 * next decision. A headline over the block titles it; a bare enumerator (`二、`) does not.
 */
function onField(st: State, line: Line): void {
  const cur = st.current;
  if (cur?.fields && !st.pending && !cur.fields.has(line.field!)) {
    cur.fields.add(line.field!);
    return extend(cur, line);
  }
  const pending = st.pending && stripEnumerator(st.pending.text) !== '' ? st.pending : null;
  st.pending = null;
  closeItem(st);
  startItem(st, pending, line);
}

// A case's second-instance ruling is an event of its own with its own date and court (FORMAT.md:
// "a first-instance judgment … is an item of its own"): `宣判后，吴某某提出上诉。杭州市中级人民法院
// 于2022年12月30日作出二审裁定，驳回上诉，维持原判。` starts a new item at the appeal.
const CASE_TITLE = /案件?$/;
const SECOND_INSTANCE = /二审|终审/;
const FULL_DATE = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/;
const APPEAL = /上诉/;

/** Where in a paragraph of a case its dated second-instance ruling starts (with the appeal before it), or -1. */
function appealStart(raw: string): number {
  if (!SECOND_INSTANCE.test(raw)) return -1;
  let prev: { start: number; text: string } | null = null;
  for (const m of raw.matchAll(/[^。！？]+[。！？]?/g)) {
    const sentence = { start: m.index, text: m[0] };
    if (SECOND_INSTANCE.test(sentence.text) && FULL_DATE.test(sentence.text)) {
      return prev && APPEAL.test(prev.text) && !SECOND_INSTANCE.test(prev.text) ? prev.start : sentence.start;
    }
    prev = sentence;
  }
  return -1;
}

// A lawsuit's account of a fine imposed before or beside the judgment (`2023年3月，南京市互联网信息
// 办公室…对该公司作出…罚款人民币二十万元的行政处罚。`, a court's fine for destroying evidence) is an
// event of its own with its own date and penalty: an item, masked from the case around it.
const LAWSUIT_TITLE = /(诉|纠纷|诉讼).*案件?$/;
const DATED_SENTENCE = /^(\d{4}\s*年(\s*\d{1,2}\s*月(\s*\d{1,2}\s*日)?)?)[，,]/;
const FINE_IMPOSED = /罚款(人民币)?\s*[\d一二三四五六七八九十百千万亿.]+\s*[万亿]?元/;

function earlierFine(raw: string): { start: number; end: number } | null {
  for (const m of raw.matchAll(/[^。！？]+[。！？]?/g)) {
    if (DATED_SENTENCE.test(m[0]) && FINE_IMPOSED.test(m[0])) return { start: m.index, end: m.index + m[0].length };
  }
  return null;
}

function splitEarlierFine(st: State, cur: Draft, line: Line, at: { start: number; end: number }): void {
  extend(cur, line);
  addEarlierFine(st, cur, line, at);
}

function addEarlierFine(st: State, cur: Draft, line: Line, at: { start: number; end: number }): void {
  const sub = linePart(line, at.start, at.end);
  cur.seg.masked.push(sub.span);
  const parent = st.parent;
  startItem(st, null, sub);
  st.current = cur;
  st.parent = parent;
}

/** Characters `from`..`to` of a line, as a line of their own. */
function linePart(line: Line, from: number, to: number): Line {
  const raw = line.raw.slice(from, to);
  return { ...line, raw, text: raw.trim(), span: { start: line.span.start + from, end: line.span.start + to }, dateLed: false, subCase: false, inlineTitle: null };
}

function splitAppeal(st: State, cur: Draft, line: Line, at: number, headDone = false): void {
  if (at > 0 && !headDone) extend(cur, linePart(line, 0, at));
  closeItem(st);
  startItem(st, null, linePart(line, at, line.raw.length));
}

function startItem(st: State, title: Line | null, first: Line, parent: Draft | null = null): void {
  const titleText = title ? stripEnumerator(title.text) : subCaseTitle(first);
  const kicker = title ? st.kicker : null;
  const titleEn = title ? st.pendingEn : null;
  st.kicker = null;
  st.pendingEn = null;
  const seg: Segment = {
    seq: 0,
    parentSeq: null,
    title: titleText,
    titleSpan: title ? innerSpan(title, titleText) : null,
    titleEn: titleEn ? stripEnumerator(titleEn.text) : null,
    // No span: the English part is read from its body on (its headline sits inside the Chinese part).
    titleEnSpan: null,
    span: { start: (kicker ?? title ?? first).span.start, end: first.span.end },
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
    announces: ANNOUNCES.test(first.text),
    listing: null,
    parent,
    loose: st.looseSection,
    english: (title ?? first).english,
    dayLed: DAY_LEAD.test(first.text),
    fields: first.field === null ? null : new Set([first.field]),
    numbered: numberedDevelopment(first),
  };
  if (parent) seg.sectionPath = [...parent.seg.sectionPath];
  // Keywords between the headline and the first paragraph are masked; any held from before the
  // headline belonged to nothing.
  if (title) seg.masked.push(...st.heldMask.filter((m) => m.start > title.span.start));
  st.heldMask = [];
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
  cur.announces = ANNOUNCES.test(line.text);
  stripInlineSource(cur, line);
}

// The head of a table of penalty decisions names the decision, its content or its date; that of a
// table of new rules names the rule (`发布日期  发布机关  文件名称  状态`).
const FINE_TABLE_HEAD = /处罚(内容|决定|种类|结果)|罚款|罚没|决定(日期|机关)|文件名称|法规名称|规章名称|标准名称|政策名称/;
// A text table's head row that makes each data row a development of its own.
// A table of new rules (`| 发布日期 | 发布机关 | 文件名称 | 状态 |`) lists developments too.
const ROWS_ARE_ITEMS = /处罚|罚款|罚没|罚金|金额|决定|判决|案件|文件名称|法规名称|规章名称|标准名称|政策名称|文件标题|fine|penalt|sanction|amount|decision|settlement|instrument|regulation|legislation|€|\bEUR\b|\bUSD\b|\bGBP\b|\bCNY\b|\bKRW\b/i;
// A data row opens with its number cell (`3<TAB>佛山某支付科技有限公司<TAB>…`) or its date cell
// (`2024-03-22<TAB>国家互联网信息办公室<TAB>…`).
const ROW_NUMBER = /^(?:\d{1,3}|\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?)(?:\t| {2,})/;
const GUIDE_BULLET = /^[◆◇●○■□▶►•·]/;
const ATTACHMENT_LIST = /^附件\s*[:：]/;
const ATTACHMENT_HEAD = /^附件\s*[\d一二三四五六七八九十]{0,2}\s*[:：]?$/;
const KEYWORD_LABEL = /^[【\[]?\s*(关键词|关键字|關鍵詞)\s*[】\]]?\s*[:：]?$/;
const TABLE_NOTE = /^(注|备注|说明)\s*[:：]/;

const CLOSING = /^(下一步[，,]|[^，。；:：]{2,16}(提醒|提示|呼吁)[:：])/;

// A document that is itself a release of cases (`…公布2023年度…典型案例`, `现将部分典型案例公布如下：`)
// opens with its headline and introduction; the cases are its items, the introduction is not.
const RELEASE_INTRO = /典型案例|如下\s*[:：]/;

function withoutReleaseIntro(text: string, drafts: Draft[]): Draft[] {
  const first = drafts[0];
  // An introduction is a paragraph or two; an item holding a list of points is a notice.
  if (!first || drafts.length < 3 || !first.titled || first.seg.sectionPath.length > 0 || first.listing !== null || first.seg.body.length > 3) return drafts;
  return RELEASE_INTRO.test(text.slice(first.seg.span.start, first.seg.span.end)) ? drafts.slice(1) : drafts;
}

const ANNOUNCES = /如下\s*[:：]$/;

/** `一、`, `（一）` or `1.` at the start of a line, as a style; null without an enumerator. */
function enumeratorStyle(t: string): string | null {
  if (/^[一二三四五六七八九十]+、/.test(t)) return '一、';
  if (/^[（(][一二三四五六七八九十]+[）)]/.test(t)) return '（一）';
  if (/^\d{1,2}\s*[.．、](?!\d)/.test(t)) return '1.';
  if (/^[（(]\d{1,2}[）)]/.test(t)) return '（1）';
  if (/^[①-⑳]/.test(t)) return '①';
  return null;
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
  cur.seg.source = line.text.replace(/^[（(]?\s*(来源|来源于|信息来源|文章来源|稿件来源|Source)\s*[:：]\s*/i, '').replace(/[）)]$/, '');
  cur.seg.masked.push(line.span);
  cur.seg.span.end = Math.max(cur.seg.span.end, line.span.end);
}

function attachComment(cur: Draft, line: Line): void {
  const comment = line.text.replace(/^[【\[]\s*([^】\]:：]{1,6})[】\]]\s*/, '$1：').replace(/^[【\[]\s*|\s*[】\]]$/g, '');
  cur.seg.commentary = (cur.seg.commentary ? cur.seg.commentary + '\n' : '') + comment;
  cur.seg.masked.push(line.span);
  cur.seg.span.end = Math.max(cur.seg.span.end, line.span.end);
}

const INLINE_SOURCE = /[（(]\s*来源\s*[:：]([^（）()]{1,60})[）)]\s*$/;
// `【简评：…】`, and an editor's note in brackets (`(Editor's note: the State Council only adopted…)`,
// `（编者注：…）`): the publisher's words, not the development's.
const INLINE_COMMENT = /[【]\s*(简评|点评)\s*[:：][\s\S]*?[】]|[（(]\s*(?:Editor['’]s note|Editorial note|Note|编者注|编者按|编辑注)\s*[:：][^（）()]*[）)]/g;

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
    cur.seg.commentary = (cur.seg.commentary ? cur.seg.commentary + '\n' : '') + m[0].replace(/^[【（(]\s*|\s*[】）)]$/g, '');
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
