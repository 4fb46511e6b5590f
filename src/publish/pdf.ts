import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { CJK_FONTS, escapeHtml } from './html.ts';

// The PDF is the HTML printed by a local Chromium. Nothing is fetched: every request the page
// makes is aborted, scripts are disabled, and the browser's own background traffic is switched off.

export const CHROMIUM_PATH = '/usr/bin/chromium';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function chromiumAvailable(executablePath = CHROMIUM_PATH): boolean {
  return fs.existsSync(executablePath);
}

export async function renderPdf(html: string, opts: { title: string; executablePath?: string }): Promise<Buffer> {
  const browser = await chromium.launch({ executablePath: opts.executablePath ?? CHROMIUM_PATH, args: ARGS });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    // Header and footer templates are separate documents: they need their own font and size.
    const small = `font-family: ${CJK_FONTS}; font-size: 8px; color: #777; width: 100%; margin: 0 14mm;`;
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: `<div style="${small} text-align: right;">${escapeHtml(opts.title)}</div>`,
      footerTemplate: `<div style="${small} text-align: center;"><span class="pageNumber"></span> / <span class="totalPages"></span></div>`,
      margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
    });
  } finally {
    await browser.close();
  }
}
