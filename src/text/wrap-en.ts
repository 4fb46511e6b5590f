import { lineJoin } from './hyphenation.ts';
import { displayWidth } from './width.ts';

// Re-joins English paragraphs that a newsletter, e-mail or PDF converter wrapped at a fixed width.
// Left wrapped, every line that happens to end without a full stop reads as a headline and splits
// the paragraph into items. Only lines of one block (no blank line between) are joined, only at a
// break between Latin words, and only where the break is evidently a wrap: the line was full (the
// next word would not have fitted), the next line starts in lower case, or the line stops on a
// comma or a word a sentence cannot end with. A headline followed by its body in the same block
// (`FTC finalizes order …` / `The Federal Trade Commission …`) is none of these and keeps its break.

/** The line ends between Latin words or figures: a wrap at a space. */
const LATIN_END = /[A-Za-z0-9,'’”"%)\]–—-]$/;
const LATIN_START = /^[A-Za-z0-9(“"‘'$€£¥]/;
/** A heading, list item or table row starts here, not a continuation. */
const BLOCK_START = /^(#|\d{1,2}[.)]\s|[(（][a-z0-9ivx]{1,4}[)）]\s)/;
const DATE_LEAD = /^(On|As of|Since)\s+(\d{1,2}\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const SENTENCE_END = /[.!?:;]["”’)]?$/;
const HAN = /[\u3400-\u9FFF]/u;
/** A sentence boundary inside the line: a headline has none. */
const INNER_SENTENCE = /[a-z]{3,}[.!?]["”’)]?\s+[A-Z]/;
const OPEN_END =
  /(,|–|—|-|\b(a|an|the|of|to|and|or|in|on|at|by|for|with|from|under|as|that|which|who|whose|when|where|while|because|its|their|his|her|is|are|was|were|be|been|has|have|had|not|than|into|per|after|before|between|including|such|this|these|those|would|will|shall|may|can|could|should|also|whether|if|about))$/;
/** A wrapped line fills at least this share of the block's widest line, less the next word. */
const FULL = 0.9;
/** Blocks shorter than this have no reliable width (a headline over a one-line body). */
const MIN_LINES_FOR_WIDTH = 3;

/**
 * `pageWidth` is the width the whole text was wrapped at, when known (see wrapWidth): it measures
 * blocks too short to show a width of their own, such as a headline wrapped over two lines.
 */
export function joinWrappedEnglish(lines: string[], pageWidth: number | null = null): string[] {
  const out: string[] = [];
  let block: string[] = [];
  const flush = (): void => {
    if (block.length > 0) out.push(...joinBlock(block, pageWidth));
    block = [];
  };
  for (const line of lines) {
    if (line.trim() === '') {
      flush();
      out.push(line);
    } else block.push(line);
  }
  flush();
  return out;
}

function joinBlock(block: string[], pageWidth: number | null): string[] {
  if (block.length < 2) return block;
  // The page's width, when the whole text shows one, is surer than a block's widest line, which
  // may be a table row or a URL.
  const width = pageWidth ?? (block.length >= MIN_LINES_FOR_WIDTH ? Math.max(...block.map((l) => displayWidth(l.trim()))) : Infinity);
  // Each output line is kept as its parts and joined once: a paragraph of many wrapped lines then
  // costs no more than its length.
  const out: string[][] = [[block[0]!]];
  for (let i = 1; i < block.length; i++) {
    const prev = block[i - 1]!.trim();
    const next = block[i]!.trim();
    if (!wraps(prev, next, block[i + 1]?.trim(), width)) {
      out.push([block[i]!]);
      continue;
    }
    const parts = out[out.length - 1]!;
    const how = lineJoin(prev, next);
    if (how === 'word') parts[parts.length - 1] = parts[parts.length - 1]!.replace(/-\s*$/, '');
    parts.push(how === 'space' ? ` ${next}` : next);
  }
  return out.map((parts) => parts.join(''));
}

function wraps(prev: string, next: string, after: string | undefined, width: number): boolean {
  if (!LATIN_END.test(prev) && !SENTENCE_END.test(prev)) return false;
  // `…侵害用户权益APP(SDK)` / `12月22日，…`: words holding Han on either side are Chinese lines,
  // which joinBrokenLines reads by Chinese rules.
  if (HAN.test(/\S+$/.exec(prev)?.[0] ?? '') || HAN.test(/^\S+/.exec(next)?.[0] ?? '')) return false;
  if (!LATIN_START.test(next) || BLOCK_START.test(next) || DATE_LEAD.test(next)) return false;
  // Cells between bars or dots (`France · CNIL · 23/01/2024`) are a listing's meta line, not prose.
  if (/\||\s·\s/.test(prev) || next.includes('|') || /^#/.test(prev)) return false;
  if (/^[a-z(]/.test(next)) return true;
  if (SENTENCE_END.test(prev)) {
    // A sentence ended at the wrap: the paragraph goes on when this line and the next are full.
    return after !== undefined && full(prev, next, width) && full(next, after, width);
  }
  return full(prev, next, width) || OPEN_END.test(prev) || INNER_SENTENCE.test(prev) || DATE_LEAD.test(prev);
}

/** The next line's first word would not have fitted on this line. */
function full(line: string, next: string, width: number): boolean {
  const word = /^\S+/.exec(next)?.[0] ?? '';
  return displayWidth(line) + 1 + displayWidth(word) > FULL * width;
}
