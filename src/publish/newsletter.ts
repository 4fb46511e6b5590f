import type { Sql } from '../store/sql.ts';
import { composeNewsletter, type ComposeOptions } from './compose.ts';
import { renderDocx } from './docx.ts';
import { renderHtml } from './html.ts';
import { layoutNewsletter } from './layout.ts';
import { renderMarkdown } from './markdown.ts';
import type { Newsletter } from './model.ts';
import { renderPdf } from './pdf.ts';

export const FORMATS = ['md', 'html', 'docx', 'pdf'] as const;
export type Format = (typeof FORMATS)[number];

/** Renders a composed newsletter: text for md and html, bytes for docx and pdf. */
export async function renderNewsletter(n: Newsletter, format: Format, opts: { chromiumPath?: string } = {}): Promise<string | Buffer> {
  const blocks = layoutNewsletter(n);
  switch (format) {
    case 'md':
      return renderMarkdown(blocks);
    case 'html':
      return renderHtml(blocks);
    case 'docx':
      return renderDocx(blocks, { publisher: n.publisher });
    case 'pdf':
      return renderPdf(renderHtml(blocks), { title: n.title, executablePath: opts.chromiumPath });
  }
}

export async function exportNewsletter(sql: Sql, opts: ComposeOptions, format: Format): Promise<{ newsletter: Newsletter; output: string | Buffer }> {
  const newsletter = await composeNewsletter(sql, opts);
  return { newsletter, output: await renderNewsletter(newsletter, format) };
}
