import { currencyWord, findMoney } from './money.ts';
import type { Found, Penalty } from './types.ts';

// A row of a table of fines (`22/05/2023 | Irish DPC | Ireland | 1.200.000.000 | Art. 46(1) GDPR`)
// says neither `fine` nor the currency: its column head does (`Fine (EUR)`). The row's amount in
// that column is the penalty, in the head's currency unless the cell names its own (`€ 20,000,000`).

const MONEY_COLUMN = /\b(?:fines?|penalty|penalties|amount|sanction|settlement)\b|罚款|罰款|罚没|罚金|罰金|金额|金額/i;
// `1.200.000.000`, `746,000,000`, `20 000 000`, `4750000`, with decimals after the other separator.
const BARE_AMOUNT = /^(\d{1,3}(?:([.,' ])\d{3})(?:\2\d{3})*|\d+)(?:[.,](\d{1,2}))?$/;

/** Cells of a `|`-separated row, with their offsets (the same split for the head and the rows). */
export function tableCells(row: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  for (const cell of row.split('|')) {
    out.push({ text: cell, start });
    start += cell.length + 1;
  }
  return out;
}

export function tablePenalties(row: string, columns: readonly string[]): Found<Penalty>[] {
  const at = columns.findIndex((c) => MONEY_COLUMN.test(c));
  const cell = at < 0 ? undefined : tableCells(row)[at];
  if (cell === undefined) return [];
  const trimmed = cell.text.trim();
  const start = cell.start + cell.text.indexOf(trimmed);
  const named = findMoney(trimmed).find((m) => m.currency !== null);
  if (named) {
    const span = { start: start + named.span.start, end: start + named.span.end };
    return [{ value: { amount: named.amount, currency: named.currency!, kind: 'fine' }, span, text: named.text }];
  }
  const currency = currencyWord(columns[at]!);
  const m = BARE_AMOUNT.exec(trimmed);
  if (currency === null || m === null) return [];
  const amount = Number((m[1] ?? '').replace(/[.,' ]/g, '') + (m[3] ? `.${m[3]}` : ''));
  if (!(amount > 0)) return [];
  return [{ value: { amount, currency, kind: 'fine' }, span: { start, end: start + trimmed.length }, text: trimmed }];
}
