// Stretches of text where a body name is not an actor of the item: titles in 《》 (a name inside
// 《工业和信息化部…方案》 is part of a title), news-source notes (（来源：公安部网安局）,
// 据…报道, 记者从…获悉) and the body a draft is submitted to (提请全国人大常委会审议).
// Works on prepared (folded) text, where white space has already been collapsed.

const TITLE_LIMIT = 150;

const MASK_PATTERNS: ReadonlyArray<{ re: RegExp; group: number }> = [
  { re: /(?:信息来源|文章来源|稿件来源|来源|来自)\s?[:：][^）)。]{0,80}/g, group: 0 },
  { re: /\((?:Source|source)\s?:[^)]{0,80}\)/g, group: 0 },
  { re: /据([^，。；,;！？、]{1,30}?)(?:报道|消息|披露|透露)/g, group: 1 },
  { re: /从([^，。；,;！？]{1,30}?)(?:获悉|了解到|得知)/g, group: 1 },
  { re: /(?:提请|报请|提交|报送)([^，。；,;！？]{1,20}?)(?:审议|审批|批准|备案)/g, group: 1 },
];

/** A bitmap over the folded text: true where names must not be reported. */
export function contextMask(f: string): Uint8Array {
  const mask = new Uint8Array(f.length);
  maskTitles(f, mask);
  for (const { re, group } of MASK_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(f); m; m = re.exec(f)) {
      const inner = m[group] ?? '';
      const start = m.index + (group === 0 ? 0 : m[0].indexOf(inner));
      mask.fill(1, start, start + inner.length);
    }
  }
  return mask;
}

function maskTitles(f: string, mask: Uint8Array): void {
  for (let i = f.indexOf('《'); i >= 0; i = f.indexOf('《', i + 1)) {
    let depth = 0;
    let end = Math.min(f.length, i + TITLE_LIMIT);
    for (let k = i; k < Math.min(f.length, i + TITLE_LIMIT); k++) {
      const ch = f[k];
      if (ch === '《') depth++;
      else if (ch === '》' && --depth === 0) {
        end = k + 1;
        break;
      } else if (ch === '。' && depth > 0) {
        // An unclosed title (text broken by PDF extraction) ends with its sentence.
        end = k;
        break;
      }
    }
    mask.fill(1, i, end);
  }
}
