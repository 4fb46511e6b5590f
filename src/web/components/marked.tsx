import type { StoredValue } from '../../store/items.ts';

export interface Mark {
  start: number;
  end: number;
  field: string;
  title: string;
}

/**
 * Text with marked ranges. Overlapping ranges cannot both be marked: the earlier one wins, a
 * longer one at the same start wins. Offsets are relative to `text`.
 */
export function Marked(props: { text: string; marks: Mark[]; id?: string }) {
  const sorted = [...props.marks].filter((m) => m.end > m.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: (string | ReturnType<typeof MarkEl>)[] = [];
  let at = 0;
  for (const m of sorted) {
    if (m.start < at || m.end > props.text.length) continue;
    if (m.start > at) parts.push(props.text.slice(at, m.start));
    const inner = props.text.slice(m.start, m.end);
    parts.push(m.field === 'markup' ? <span class="markup" aria-hidden="true">{inner}</span> : <MarkEl mark={m} text={inner} />);
    at = m.end;
  }
  if (at < props.text.length) parts.push(props.text.slice(at));
  return <div class="text" id={props.id}>{parts}</div>;
}

function MarkEl(props: { mark: Mark; text: string }) {
  return (
    <mark class={`v v-${props.mark.field}`} data-field={props.mark.field} title={props.mark.title}>
      {props.text}
    </mark>
  );
}

/** Markdown heading markers (`### `) at line starts: layout of the source, hidden when shown. */
export function markupMarks(text: string): Mark[] {
  return [...text.matchAll(/^#{1,6}[ \t]+/gm)].map((m) => ({ start: m.index, end: m.index + m[0].length, field: 'markup', title: '' }));
}

/** Marks for stored values that carry document spans, relative to a text starting at `offset`. */
export function valueMarks(values: StoredValue[], offset: number, length: number): Mark[] {
  const shown = new Set(['date', 'authority', 'instrument', 'citation', 'penalty', 'action', 'region', 'deadline', 'effective', 'status']);
  return values
    .filter((v) => shown.has(v.field) && v.start !== null && v.end !== null)
    .map((v) => ({ start: v.start! - offset, end: v.end! - offset, field: v.field, title: `${v.field}: ${v.value}` }))
    .filter((m) => m.start >= 0 && m.end <= length);
}
