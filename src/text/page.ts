// A PDF page's furniture left in extracted text: the page number on a line of its own and the
// running head or foot printed beside it on every page. Left in, a page break in mid-paragraph cuts
// the paragraph in two and the running head reads as a headline over the second half.

/** A page number alone on its line: `— 3 —`, `- 3 -`, `第 3 页`, `第3页/共12页`, `3/12`, `Page 3 of 12`. */
export const PAGE_NUMBERS: readonly RegExp[] = [
  /^[-–—]\s*\d{1,4}\s*[-–—]$/,
  /^第\s*\d{1,4}\s*页(\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?$/,
  /^(page|p\.)\s*\d{1,4}(\s*(of|\/)\s*\d{1,4})?$/i,
  /^\d{1,4}\s*[/／]\s*\d{1,4}$/,
];

export function isPageNumber(line: string): boolean {
  const t = line.trim();
  return t.length <= 20 && PAGE_NUMBERS.some((re) => re.test(t));
}

/** Lines next to a page number that can be a running head: short, and not the end of a sentence. */
const RUNNING_HEAD_MAX = 40;
const SENTENCE_END = /[。！？!?；;]$/;
/** How far from a page number, in non-blank lines, a running head sits. */
const REACH = 2;

/**
 * Indexes of the page furniture among `lines`: every page number, and the lines that stand beside
 * page numbers on the same side at least twice with the same text (`数据合规通讯` over each page
 * number). A label that happens to follow one page break (`案例二`) is not repeated beside others.
 */
export function pageFurniture(lines: readonly string[]): Set<number> {
  const numbers: number[] = [];
  for (const [i, l] of lines.entries()) if (isPageNumber(l)) numbers.push(i);
  const out = new Set(numbers);
  if (numbers.length < 2) return out;
  const beside = new Map<string, number[]>();
  for (const at of numbers) {
    for (const step of [-1, 1]) {
      let seen = 0;
      for (let i = at + step; i >= 0 && i < lines.length && seen < REACH; i += step) {
        const t = lines[i]!.trim();
        if (t === '') continue;
        seen++;
        if (isPageNumber(t) || t.length > RUNNING_HEAD_MAX || SENTENCE_END.test(t)) continue;
        const key = `${step}\u0000${t}`;
        const at = beside.get(key);
        if (at) at.push(i);
        else beside.set(key, [i]);
      }
    }
  }
  for (const at of beside.values()) if (at.length >= 2) for (const i of at) out.add(i);
  return out;
}

const ENDS_SENTENCE = /[。！？!?；;.:：…]["”’」』)）]?$/u;

/**
 * `lines` without their page furniture. Where a page break fell inside a sentence (the line before
 * it does not end one), the blank lines around the break go too, so the two halves of the
 * paragraph meet as lines of one block and the line joiners can rejoin them.
 */
export function withoutPageFurniture(lines: readonly string[]): string[] {
  const furniture = pageFurniture(lines);
  if (furniture.size === 0) return [...lines];
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!furniture.has(i)) {
      out.push(lines[i]!);
      continue;
    }
    let end = i;
    while (end + 1 < lines.length && (furniture.has(end + 1) || lines[end + 1]!.trim() === '')) end++;
    let last = out.length - 1;
    while (last >= 0 && out[last]!.trim() === '') last--;
    const cut = last >= 0 && !ENDS_SENTENCE.test(out[last]!.trim()) && end + 1 < lines.length;
    if (cut) out.length = last + 1;
    else for (let k = i; k <= end; k++) if (!furniture.has(k)) out.push(lines[k]!);
    i = end;
  }
  return out;
}
