import { isUrl, type Block, type Run } from './layout.ts';

// Every text value goes through escapeHtml; links are written only for http(s) URLs, so an
// ingested `<script>` or `javascript:` link renders as inert text. The page carries a CSP that
// forbids scripts as a second line of defence.

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

// Noto Sans CJK SC first: it is what the PDF printer has; the others serve readers of the HTML.
export const CJK_FONTS = `'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif`;

const CSS = `
@page { size: A4; }
body { font-family: ${CJK_FONTS}; font-size: 10.5pt; line-height: 1.7; color: #222; max-width: 46em; margin: 0 auto; padding: 0 1em; }
.cover { text-align: center; padding: 30vh 0 0; min-height: 60vh; break-after: page; }
.cover h1 { font-size: 26pt; margin-bottom: 1.2em; }
.cover p { font-size: 13pt; margin: 0.3em 0; }
nav.toc { break-after: page; }
nav.toc ol { list-style: none; padding-left: 0; }
nav.toc li.l2 { padding-left: 1.5em; } nav.toc li.l3 { padding-left: 3em; font-size: 9.5pt; }
nav.toc a { color: inherit; text-decoration: none; }
h1 { font-size: 17pt; border-bottom: 2px solid #1f4e79; color: #1f4e79; break-before: page; }
h2 { font-size: 13.5pt; color: #1f4e79; }
h3 { font-size: 11.5pt; break-after: avoid; } h4 { font-size: 10.5pt; break-after: avoid; }
p.label { background: #f1f5fa; padding: 0.3em 0.6em; }
p.note, p.meta { color: #666; font-size: 9pt; }
p.source { color: #444; }
p.en { color: #333; font-family: Georgia, 'Noto Serif', serif; }
p.commentary { border-left: 3px solid #c9a227; padding-left: 0.8em; background: #fbf8ee; }
p.disclaimer { font-size: 9pt; color: #555; }
`;

function runs(list: Run[]): string {
  return list
    .map((r) => {
      let html = escapeHtml(r.text);
      if (r.bold) html = `<strong>${html}</strong>`;
      if (r.href && isUrl(r.href)) html = `<a href="${escapeHtml(r.href)}" rel="noopener noreferrer">${html}</a>`;
      return html;
    })
    .join('');
}

export function renderHtml(blocks: Block[], opts: { lang?: string } = {}): string {
  const body: string[] = [];
  let title = '';
  for (const b of blocks) {
    switch (b.t) {
      case 'cover':
        title = b.title;
        body.push(`<section class="cover"><h1 class="title">${escapeHtml(b.title)}</h1>${b.lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</section>`);
        break;
      case 'toc':
        body.push(
          `<nav class="toc"><h2>目录</h2><ol>${b.entries
            .map((e) => `<li class="l${e.level}"><a href="#${escapeHtml(e.anchor)}">${escapeHtml(e.text)}</a></li>`)
            .join('')}</ol></nav>`,
        );
        break;
      case 'heading':
        body.push(`<h${b.level} id="${escapeHtml(b.anchor)}">${escapeHtml(b.text)}</h${b.level}>`);
        break;
      case 'para':
        body.push(`<p class="${b.style}">${runs(b.runs)}</p>`);
        break;
    }
  }
  return `<!doctype html>
<html lang="${escapeHtml(opts.lang ?? 'zh-CN')}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}
