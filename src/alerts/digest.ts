import { escapeHtml } from '../publish/html.ts';
import type { SavedSearch } from '../store/saved-searches.ts';
import { eventLink, isHttpUrl, type MatchedEvent } from './events.ts';

// The email digest of a saved search: the new events since the last digest, as HTML and as plain
// text. Every value is escaped with the newsletter's escapeHtml; links only for http(s) URLs.

export interface DigestMail {
  subject: string;
  text: string;
  html: string;
}

export function renderDigest(saved: SavedSearch, events: MatchedEvent[], now: Date, baseUrl: string): DigestMail {
  const period = saved.digest === 'weekly' ? '每周' : '每日';
  const day = now.toISOString().slice(0, 10);
  const subject = `regwatch ${period}提醒：${saved.name}（${events.length} 条新动态，${day}）`;
  const text = [
    `保存的检索：${saved.name}`,
    `检索式：${saved.query}`,
    `自上次提醒以来的新动态：${events.length} 条`,
    '',
    ...events.flatMap((e, i) => [
      `${i + 1}. ${e.title}`,
      `   ${[e.date, e.category, e.region].filter(Boolean).join(' · ')}`,
      ...e.sources.map((s) => `   来源：${[s.sourceLine, s.document].filter(Boolean).join(' — ')}`),
      `   ${eventLink(e, baseUrl)}`,
      '',
    ]),
  ].join('\n');
  const item = (e: MatchedEvent) => {
    const link = eventLink(e, baseUrl);
    const title = isHttpUrl(link) ? `<a href="${escapeHtml(link)}" rel="noopener noreferrer">${escapeHtml(e.title)}</a>` : escapeHtml(e.title);
    const meta = [e.date, e.category, e.region].filter(Boolean).map((v) => escapeHtml(String(v))).join(' · ');
    const sources = e.sources.map((s) => `<li>${escapeHtml([s.sourceLine, s.document].filter(Boolean).join(' — '))}</li>`).join('');
    return `<li><p><strong>${title}</strong><br><small>${meta}</small></p><ul>${sources}</ul></li>`;
  };
  const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>
<h1>${escapeHtml(saved.name)}</h1>
<p>检索式：<code>${escapeHtml(saved.query)}</code> · 新动态 ${events.length} 条</p>
<ol>${events.map(item).join('')}</ol>
</body></html>`;
  return { subject, text, html };
}
