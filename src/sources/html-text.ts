import * as cheerio from 'cheerio';
// Type only (erased): cheerio's node type lives in its own dependency, domhandler.
import type { AnyNode } from 'domhandler';

const BLOCKS = 'p, div, li, tr, h1, h2, h3, h4, h5, h6, section, article, table, blockquote, pre';

/**
 * Plain text of an HTML fragment with one line per block, for list-page articles and feed summaries
 * (stored documents go through the HTML reader). Not a full HTML reader: headings and lists lose their markup.
 */
export function htmlToText(html: string): string {
  const $ = cheerio.load(html);
  return selectionText($, $.root());
}

export function selectionText($: cheerio.CheerioAPI, sel: cheerio.Cheerio<AnyNode>): string {
  const copy = sel.clone();
  copy.find('script, style, noscript, template').remove();
  copy.find('br').replaceWith('\n');
  copy.find(BLOCKS).each((_, el) => {
    $(el).prepend('\n').append('\n');
  });
  return copy
    .text()
    .split('\n')
    .map((l) => l.replace(/[ \t\u00A0\u3000]+/g, ' ').trim())
    .filter((l) => l !== '')
    .join('\n');
}
