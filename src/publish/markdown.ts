import { isUrl, type Block, type Run } from './layout.ts';

// Ingested text is untrusted: Markdown often ends up rendered as HTML, so markup characters are
// escaped and raw HTML (<script>) can never pass through.

export function escapeMarkdown(s: string): string {
  return s
    .replace(/[\\`*_[\]#|~]/g, (c) => '\\' + c)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function runs(list: Run[]): string {
  return list
    .map((r) => {
      const text = escapeMarkdown(r.text);
      if (r.href && isUrl(r.href)) return `[${text}](<${r.href.replace(/[<>\s]/g, encodeURIComponent)}>)`;
      return r.bold ? `**${text}**` : text;
    })
    .join('');
}

export function renderMarkdown(blocks: Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.t) {
      case 'cover':
        out.push(`# ${escapeMarkdown(b.title)}`, '', ...b.lines.map((l) => `**${escapeMarkdown(l)}**  `), '');
        break;
      case 'toc':
        out.push('## 目录', '', ...b.entries.map((e) => `${'  '.repeat(e.level - 1)}- [${escapeMarkdown(e.text)}](#${e.anchor})`), '');
        break;
      case 'heading':
        // Sections are level 2 under the title; the anchor keeps TOC links stable in any renderer.
        out.push(`${'#'.repeat(b.level + 1)} ${escapeMarkdown(b.text)} {#${b.anchor}}`, '');
        break;
      case 'para': {
        // A paragraph that starts like a list item ("1. ", "- ") must stay a paragraph.
        const text = runs(b.runs).replace(/^(\d+)\.(\s)|^([-+])(\s)/, (_m, d?: string, s1?: string, sign?: string, s2?: string) =>
          d ? `${d}\\.${s1}` : `\\${sign}${s2}`,
        );
        out.push(b.style === 'note' || b.style === 'meta' || b.style === 'en' ? `*${text}*` : b.style === 'commentary' ? `> ${text}` : text, '');
        break;
      }
    }
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
