import * as cheerio from 'cheerio';
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';

// Turns an HTML tree into the markdown-ish lines the segmenter reads: `#` headings, `**bold**`
// paragraphs, `- ` list items, table rows as `cell | cell`. Text only: nothing from the page's
// markup, scripts or attributes can reach the output, so untrusted pages stay inert.
// The plain form (feed titles and summaries, list-page article bodies kept on a source entry) is
// the same walk without the markers: one line per block, no blank lines, no final newline.

export interface HtmlTextOptions {
  /** Plain lines instead of markdown-ish ones. */
  plain?: boolean;
}

/** Elements whose content is never text of the document. */
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'object', 'embed', 'applet', 'svg', 'math', 'canvas',
  'form', 'input', 'button', 'select', 'option', 'textarea', 'head', 'title', 'meta', 'link', 'img', 'video', 'audio',
  'map', 'nav', 'aside',
]);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'blockquote', 'pre', 'ul', 'ol', 'dl', 'dt', 'dd',
  'figure', 'figcaption', 'address', 'center', 'body', 'html', 'table', 'thead', 'tbody', 'tfoot', 'caption', 'hr',
]);
const HEADING = /^h([1-6])$/;
/** `<br>` inside inline text; turned into a line break after whitespace is collapsed. */
const BR = '\u2028';
const CJK = '[\\u3000-\\u303F\\u3400-\\u9FFF\\uF900-\\uFAFF\\uFF00-\\uFFEF]';
const SPACE_BETWEEN_CJK = new RegExp(`(${CJK}) +(?=${CJK})`, 'gu');

export function htmlToText($: CheerioAPI, root: Cheerio<AnyNode>, opts: HtmlTextOptions = {}): string {
  const out = new Lines(opts.plain ?? false);
  for (const node of root.toArray()) walk($, node, out);
  out.endBlock();
  return out.text();
}

/** Plain text of an HTML fragment or page, one line per block. */
export function htmlFragmentToText(html: string): string {
  const $ = cheerio.load(html);
  return htmlToText($, $.root(), { plain: true });
}

class Lines {
  private readonly lines: string[] = [];
  private inline = '';

  constructor(readonly plain: boolean) {}

  add(text: string): void {
    this.inline += text;
  }

  /** Ends the current paragraph; a paragraph is followed by a blank line. */
  endBlock(): void {
    const parts = clean(this.inline).split('\n').filter((l) => l !== '');
    this.inline = '';
    if (parts.length === 0) return;
    this.lines.push(...parts);
    if (!this.plain) this.lines.push('');
  }

  /** A line that is a unit of its own (heading, list item, table row). */
  line(text: string, blankAfter: boolean): void {
    this.endBlock();
    if (text.trim() === '') return;
    this.lines.push(text);
    if (blankAfter && !this.plain) this.lines.push('');
  }

  /** The text between its markers (`# `, `- `, `**`) in the markdown-ish form, alone in the plain one. */
  marked(prefix: string, text: string, suffix: string, blankAfter: boolean): void {
    this.line(this.plain ? text : `${prefix}${text}${suffix}`, blankAfter);
  }

  text(): string {
    if (this.plain) return this.lines.join('\n');
    return this.lines.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
  }
}

function walk($: CheerioAPI, node: AnyNode, out: Lines): void {
  if (node.type === 'text') return out.add(node.data);
  if (node.type === 'root') {
    // `$.root()`: the document itself, above <html> or a loaded fragment.
    for (const child of node.children) walk($, child, out);
    return;
  }
  if (node.type !== 'tag') return; // comments, directives, CDATA
  const el = node as Element;
  const name = el.name.toLowerCase();
  if (SKIP.has(name)) return;
  if (name === 'br') return out.add(BR);
  const heading = HEADING.exec(name);
  if (heading) return out.marked(`${'#'.repeat(Number(heading[1]))} `, inlineText($, el).replace(/\n/g, ' '), '', true);
  if (name === 'li') {
    out.marked('- ', inlineText($, el, true).replace(/\n/g, ' '), '', false);
    for (const list of $(el).children('ul, ol').toArray()) walk($, list, out);
    return;
  }
  if (name === 'tr') {
    const cells = $(el).children('td, th').toArray().map((c) => inlineText($, c).replace(/\n/g, ' '));
    return out.line(cells.filter((c) => c !== '').join(' | '), false);
  }
  const block = BLOCK.has(name);
  if (block) out.endBlock();
  if (block && name !== 'body' && isBoldOnly($, el)) return out.marked('**', inlineText($, el).replace(/\n/g, ' '), '**', true);
  for (const child of el.children) walk($, child, out);
  if (block) out.endBlock();
}

/** The text of an element on one logical line (`<br>` kept as `\n`), whitespace collapsed. */
function inlineText($: CheerioAPI, el: Element, skipLists = false): string {
  let s = '';
  const visit = (n: AnyNode): void => {
    if (n.type === 'text') s += n.data;
    else if (n.type === 'tag') {
      const name = (n as Element).name.toLowerCase();
      if (SKIP.has(name) || (skipLists && (name === 'ul' || name === 'ol'))) return;
      if (name === 'br') s += BR;
      else if (BLOCK.has(name) || name === 'td' || name === 'th' || name === 'li') s += ' ';
      for (const c of (n as Element).children) visit(c);
      if (BLOCK.has(name)) s += ' ';
    }
  };
  for (const c of el.children) visit(c);
  return clean(s).split('\n').filter((l) => l !== '').join('\n');
}

/** A paragraph whose whole text is bold (`<p><strong>…</strong></p>`): a headline in this genre. */
function isBoldOnly($: CheerioAPI, el: Element): boolean {
  const all = $(el).text().replace(/\s+/g, '');
  if (all === '' || $(el).find('p, div, li, tr, h1, h2, h3, h4, h5, h6').length > 0) return false;
  const bold = $(el)
    .find('strong, b')
    .filter((_, b) => $(b).parents('strong, b').length === 0)
    .toArray()
    .map((b) => $(b).text())
    .join('')
    .replace(/\s+/g, '');
  return bold === all;
}

/** Collapses HTML whitespace; drops the spaces that source line breaks leave between CJK characters. */
function clean(s: string): string {
  return s
    .replace(/[ \t\r\n\f]+/g, ' ')
    .replace(SPACE_BETWEEN_CJK, '$1')
    .split(BR)
    .map((l) => l.trim())
    .join('\n');
}
