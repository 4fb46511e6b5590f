import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../text/normalize.ts';
import { compose, seedDb } from './__fixtures__/seed-db.ts';
import { entriesOf } from './model.ts';
import { renderNewsletter } from './newsletter.ts';
import { CHROMIUM_PATH, chromiumAvailable } from './pdf.ts';

// CI installs Debian's chromium and fonts-noto-cjk; without them this test is skipped, loudly.
const available = chromiumAvailable();
const SKIP_NOTE = available ? '' : ` — SKIPPED: ${CHROMIUM_PATH} not found (apt-get install chromium fonts-noto-cjk)`;
if (!available) console.warn(`pdf.test.ts${SKIP_NOTE}`);

// PDF text comes back with Kangxi radical look-alikes (⽹ for 网), a horizontal bar for the dash,
// look-alike brackets and line breaks inside headlines. A few radicals decompose to traditional forms (⼾ to 戶), so
// those are mapped to the simplified character the headline uses.
const RADICAL_TRAD: Record<string, string> = { 戶: '户', 長: '长', 門: '门', 馬: '马', 頁: '页', 風: '风', 飛: '飞', 見: '见', 貝: '贝', 車: '车', 魚: '鱼', 鳥: '鸟', 齊: '齐', 龍: '龙', 龜: '龟', 麥: '麦', 黃: '黄', 齒: '齿', 韋: '韦' };

function comparable(s: string): string {
  const radicals = s.replace(/[\u2F00-\u2FDF]/g, (c) => {
    const form = c.normalize('NFKC');
    return RADICAL_TRAD[form] ?? form;
  });
  // NFKC on both sides also folds look-alike brackets (〈 U+2329 for 〈 U+3008) and punctuation.
  return normalizeText(radicals)
    .normalize('NFKC')
    .replace(/[\u2012-\u2015]/g, '—')
    .replace(/\s+/g, '');
}

describe('PDF newsletter', () => {
  it.skipIf(!available)(`prints every headline with its Chinese characters on A4 pages${SKIP_NOTE}`, async () => {
    const db = await seedDb();
    const n = await compose(db, { issue: 3 });
    const pdf = (await renderNewsletter(n, 'pdf')) as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const doc = await getDocumentProxy(new Uint8Array(pdf));
    const { totalPages, text } = await extractText(doc, { mergePages: true });
    const all = comparable(text);
    const entries = n.sections.flatMap(entriesOf);
    const missing = entries.map((e) => e.headline).filter((h) => !all.includes(comparable(h)));
    expect(missing).toEqual([]);
    expect(all).toContain(comparable('国家互联网信息办公室对知网依法作出网络安全审查相关行政处罚'));
    // Cover, contents and at least one page per section; no more than about a page per item.
    expect(totalPages).toBeGreaterThanOrEqual(n.sections.length + 2);
    expect(totalPages).toBeLessThanOrEqual(entries.length + 10);
    const page = await doc.getPage(1);
    const { width, height } = page.getViewport({ scale: 1 });
    // A4 is 595 × 842 pt; Chromium rounds the paper size to its own units, a point or so off.
    expect(Math.abs(width - 595)).toBeLessThan(2);
    expect(Math.abs(height - 842)).toBeLessThan(2);
  }, 120_000);
});
