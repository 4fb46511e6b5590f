import * as cheerio from 'cheerio';
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import iconv from 'iconv-lite';
import { declaredCharset } from '../charset.ts';
import { decodeBytes, decodeWithBom } from '../decode.ts';
import { htmlToText } from './html-text.ts';
import type { Extracted, FormatReader } from './types.ts';

// Saved web pages and e-mailed newsletters. Only the main content is kept: navigation, page header
// and footer, sidebars, forms and share/related blocks are site furniture, not developments.

const CHROME = [
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'form', 'button', 'select', 'textarea',
  'nav', 'aside', 'dialog', '[role=navigation]', '[role=complementary]', '[role=banner]', '[role=contentinfo]',
  '[role=search]', '[hidden]', '[aria-hidden=true]',
].join(', ');
/** Class or id words of share bars, related links, comments, ads and menus. */
const FURNITURE_NAME = /(^|[\s_-])(share|sharing|social|related|recommend|recommended|breadcrumbs?|sidebar|comments?|advert|advertisement|ads?|promo|subscribe|cookies?|toolbar|pager|pagination|menu|skip-link)([\s_-]|$)/i;
/** Share of the page's paragraph text the chosen content must hold. */
const MAIN_SHARE = 0.7;

export const htmlReader: FormatReader = {
  format: 'html',
  async read(bytes, label) {
    const { text: html, encoding } = decodeHtml(bytes, label);
    return { ...htmlDocumentToText(html), encoding };
  },
};

export function htmlDocumentToText(html: string): Omit<Extracted, 'encoding'> {
  // cheerio only parses: no script runs and no resource is fetched.
  const $ = cheerio.load(html);
  $(CHROME).remove();
  $('[class], [id]')
    .filter((_, el) => FURNITURE_NAME.test(`${$(el).attr('class') ?? ''} ${$(el).attr('id') ?? ''}`) && !$(el).is('html, body, main, article'))
    .remove();
  // A page's header/footer is chrome; an article's own header holds its headline, so it stays.
  $('header').filter((_, el) => $(el).closest('article, main, [role=main]').length === 0).remove();
  $('footer').remove();
  return { text: htmlToText($, mainContent($)), header: {} };
}

/** `<article>` if there is one, else `<main>`, else the smallest element holding most paragraph text. */
function mainContent($: CheerioAPI): Cheerio<AnyNode> {
  const articles = $('article');
  if (articles.length === 1) return articles;
  const main = $('main, [role=main]').first();
  if (main.length > 0) return main;
  const body: Cheerio<AnyNode> = $('body').length > 0 ? $('body') : $.root();
  if (articles.length > 1) return body; // one article per item: keep them all
  const total = paragraphText($, body);
  if (total === 0) return body;
  let best = body;
  for (;;) {
    const inner = best
      .children()
      .toArray()
      .find((c) => paragraphText($, $(c)) >= total * MAIN_SHARE);
    if (!inner) return best;
    best = $(inner);
  }
}

function paragraphText($: CheerioAPI, el: Cheerio<AnyNode>): number {
  return el
    .find('p, li, h1, h2, h3, td')
    .toArray()
    .reduce((n, p) => n + $(p).text().trim().length, 0);
}

/** A BOM when there is one (it wins over a declared charset); else UTF-8 when the bytes are; else the charset the page declares; else detection. */
export function decodeHtml(bytes: Uint8Array, label: string): { text: string; encoding: string } {
  const bom = decodeWithBom(bytes);
  if (bom) return bom;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    const declared = declaredCharset(bytes);
    if (declared) return { text: iconv.decode(Buffer.from(bytes), declared), encoding: declared.toUpperCase() };
  }
  return decodeBytes(bytes, label);
}

